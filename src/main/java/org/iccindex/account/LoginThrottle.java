package org.iccindex.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.iccindex.account.persistence.ThrottleStore;
import org.iccindex.account.persistence.ThrottleStore.ThrottleRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Failures are counted per account name (whether or not the account exists, so that
 * the answer never tells) and per client address; past a threshold each further failure locks the name or address
 * for twice as long, up to a longest lock. Counts and locks live in the database and survive a restart.
 */
@Component
class LoginThrottle {
    private final ThrottleStore store;
    private final AccountProperties.Throttle settings;
    private final Clock clock;

    @Autowired
    LoginThrottle(ThrottleStore store, AccountProperties properties) {
        this(store, properties.throttle(), Clock.systemDefaultZone());
    }

    LoginThrottle(ThrottleStore store, AccountProperties.Throttle settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** When the name or the address is locked now, until when (the later of the two). */
    Optional<LocalDateTime> lockedUntil(String username, String address) {
        LocalDateTime now = now();
        return later(lock(accountKey(username), now), lock(addressKey(address), now));
    }

    /** Counts a failure; returns the lock it caused, if any. */
    Optional<LocalDateTime> failed(String username, String address) {
        LocalDateTime now = now();
        LocalDateTime forgetBefore = now.minus(settings.forgetAfter());
        Optional<LocalDateTime> account = count(accountKey(username), settings.accountFailures(), now, forgetBefore);
        Optional<LocalDateTime> network = count(addressKey(address), settings.addressFailures(), now, forgetBefore);
        return later(account, network);
    }

    /** To the second: what every database stores exactly. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** A successful sign-in clears the name's count (not the address's: one good account must not unlock it). */
    void succeeded(String username) {
        store.clear(accountKey(username));
    }

    /** How long the lock lasts after {@code failures} failures in a row when {@code threshold} start locking. */
    static Optional<Duration> lockFor(int failures, int threshold, Duration first, Duration longest) {
        if (failures < threshold) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - threshold, 20);
        Duration lock = first.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(longest) > 0 ? longest : lock);
    }

    private Optional<LocalDateTime> count(String key, int threshold, LocalDateTime now, LocalDateTime forgetBefore) {
        int failures = store.addFailure(key, now, forgetBefore);
        Optional<LocalDateTime> until = lockFor(failures, threshold, settings.firstLock(), settings.longestLock())
                .map(now::plus);
        until.ifPresent(u -> store.lockUntil(key, u));
        return until;
    }

    private Optional<LocalDateTime> lock(String key, LocalDateTime now) {
        return store.find(key).flatMap(ThrottleRow::lockedUntil).filter(now::isBefore);
    }

    private static Optional<LocalDateTime> later(Optional<LocalDateTime> a, Optional<LocalDateTime> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    static String accountKey(String username) {
        return "account:" + Accounts.normalize(username);
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
