package org.iccindex.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.iccindex.account.persistence.ThrottleStore;
import org.iccindex.account.persistence.ThrottleStore.Admission;
import org.iccindex.account.persistence.ThrottleStore.Limit;
import org.iccindex.account.persistence.ThrottleStore.ThrottleRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Each attempt is counted three ways, in
 * one atomic step before its password is checked ({@link ThrottleStore#admit}):
 *
 * <ul>
 *   <li>per account name and client address (the pair): past {@code pairFailures} the pair is locked, for twice as
 *       long at each further failure: the person guessing is stopped, the owner at another address is not;
 *   <li>per account name, from any address: past {@code accountDelayFrom} each failure makes every attempt on the
 *       name wait a little longer, at most {@code longestDelay}: a slow-down, never a lock-out;
 *   <li>per client address, over every name: past {@code addressFailures} within {@code addressForgetAfter}, the
 *       address is locked (many names guessed from one place). The threshold is high so that one person's typos
 *       never lock the people behind the same NAT.
 * </ul>
 *
 * A right password clears the pair's failures and takes them back from the name's and the address's counts. Names are counted whether or
 * not the account exists, so that the answer never tells. Counts and locks live in the database.
 */
@Component
class LoginThrottle {
    private final ThrottleStore store;
    private final AccountProperties.Throttle settings;
    private final Clock clock;

    /** An attempt admitted and counted; its password is checked next. */
    record Attempt(String pairKey, String accountKey, String addressKey, int pair, int account, int address) {}

    @Autowired
    LoginThrottle(ThrottleStore store, AccountProperties properties, Clock clock) {
        this(store, properties.throttle(), clock);
    }

    LoginThrottle(ThrottleStore store, AccountProperties.Throttle settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Counts an attempt and admits it (its password may be checked), or refuses it with when to try again: when a
     * key is locked, or when this attempt takes a count past its threshold (then it locks that key).
     */
    Result admit(String username, String address) {
        Instant now = now();
        String pair = pairKey(username, address);
        String account = accountKey(username);
        String network = addressKey(address);
        Admission admission = store.admit(
                List.of(
                        new Limit(pair, settings.pairFailures()),
                        new Limit(account, settings.accountDelayFrom()),
                        new Limit(network, settings.addressFailures())),
                now,
                now.minus(settings.forgetAfter()));
        if (admission.lockedUntil().isPresent()) {
            return new Result.Refused(admission.lockedUntil().get());
        }
        Attempt attempt = new Attempt(
                pair,
                account,
                network,
                admission.counts().get(0),
                admission.counts().get(1),
                admission.counts().get(2));
        Optional<Instant> lock = locks(attempt, now, true);
        return lock.<Result>map(Result.Refused::new).orElseGet(() -> new Result.Admitted(attempt));
    }

    /** The outcome of {@link #admit}. */
    sealed interface Result {
        record Admitted(Attempt attempt) implements Result {}

        record Refused(Instant retryAt) implements Result {}
    }

    /** A wrong password on an admitted attempt: returns the lock it caused, if any. */
    Optional<Instant> failed(Attempt attempt) {
        return locks(attempt, now(), false);
    }

    /**
     * A right password: the pair's failures were the owner's typos: they are cleared, and taken back from the name's
     * and the address's counts (with this attempt).
     */
    void succeeded(Attempt attempt) {
        store.clear(attempt.pairKey());
        store.takeBack(attempt.accountKey(), attempt.pair());
        store.takeBack(attempt.addressKey(), attempt.pair());
    }

    /**
     * The locks the counts of {@code attempt} call for: {@code beyond} true when admitting (a count above its
     * threshold refuses the attempt before its password is checked), false after a wrong password (a count at its
     * threshold locks).
     */
    private Optional<Instant> locks(Attempt attempt, Instant now, boolean beyond) {
        int shift = beyond ? 1 : 0;
        Optional<Instant> pair = lock(
                attempt.pairKey(),
                attempt.pair() - shift,
                settings.pairFailures(),
                settings.firstLock(),
                settings.longestLock(),
                now);
        Optional<Instant> account = lock(
                attempt.accountKey(),
                attempt.account() - shift,
                settings.accountDelayFrom(),
                settings.firstDelay(),
                settings.longestDelay(),
                now);
        Optional<Instant> network = lock(
                attempt.addressKey(),
                attempt.address() - shift,
                settings.addressFailures(),
                settings.firstLock(),
                settings.longestLock(),
                now);
        return later(later(pair, account), network);
    }

    private Optional<Instant> lock(
            String key, int failures, int threshold, Duration first, Duration longest, Instant now) {
        Optional<Instant> until = lockFor(failures, threshold, first, longest).map(now::plus);
        until.ifPresent(u -> store.lockUntil(key, u));
        return until;
    }

    /** When the pair, the name or the address is locked now, until when (the latest); nothing is counted. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = now();
        return later(
                later(lock(pairKey(username, address), now), lock(accountKey(username), now)),
                lock(addressKey(address), now));
    }

    /** To the second: what every database stores exactly. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
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

    private Optional<Instant> lock(String key, Instant now) {
        return store.find(key).flatMap(ThrottleRow::lockedUntil).filter(now::isBefore);
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    static String accountKey(String username) {
        return bounded("account:" + Accounts.normalize(username));
    }

    static String addressKey(String address) {
        return bounded("address:" + (address == null ? "unknown" : address));
    }

    static String pairKey(String username, String address) {
        return "pair:" + sha256(Accounts.normalize(username) + "\n" + (address == null ? "unknown" : address));
    }

    /** Keys fit the column: a longer one (a name of 10,000 characters typed in the form) is kept as its hash. */
    private static String bounded(String key) {
        return key.length() <= 200 ? key : key.substring(0, key.indexOf(':') + 1) + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
