package org.iccindex.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version row of the public data ({@code public_version}): bumped by every {@link PublicDataChanged}, in the
 * transaction that publishes it (this listener runs synchronously, before the commit), and read by every instance
 * to know whether what it cached is still current.
 *
 * <p>The row is read on every public request by default, so that a change made by any instance shows on the next
 * request of every instance. {@code icc.publication.version-recheck} can make an instance trust the version it read
 * for a while (bench/load.sh showed no systematic gain on our machine, see docs/benchmarks.md); a commit that bumps
 * the row on this instance then still forces the next call to read it again (after-commit hook), so this
 * instance's own changes show at once and another instance's within the interval. Inside a transaction the row is always read, so that code which
 * changed the data sees its own version.
 */
@Component
@EnableConfigurationProperties(PublicationProperties.class)
public class PublicVersion {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final long recheckNanos;
    /** Elapsed time for the recheck interval: a monotonic ticker, not the wall clock (which a test may fix). */
    private final LongSupplier ticker;
    /** Bumped after each local commit that changed the version: a value read before it is no longer trusted. */
    private final AtomicLong commits = new AtomicLong();

    private volatile Held held;

    @Autowired
    PublicVersion(JdbcClient jdbc, Clock clock, PublicationProperties properties) {
        this(jdbc, clock, properties, System::nanoTime);
    }

    PublicVersion(JdbcClient jdbc, Clock clock, PublicationProperties properties, LongSupplier ticker) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recheckNanos = properties.versionRecheck().toNanos();
        this.ticker = ticker;
    }

    /** The current version of the public data and when it last changed. */
    public Current current() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read();
        }
        long now = ticker.getAsLong();
        Held last = held;
        if (last != null && last.commits() == commits.get() && now - last.readAt() < recheckNanos) {
            return last.current();
        }
        long seen = commits.get(); // taken before the read: a commit during the read makes this value untrusted
        Current current = read();
        held = new Held(current, now, seen);
        return current;
    }

    private Current read() {
        return jdbc.sql("select version, changed_at from public_version where id = 1")
                .query((rs, n) -> new Current(
                        rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .single();
    }

    @EventListener
    void on(PublicDataChanged change) {
        jdbc.sql("update public_version set version = version + 1, changed_at = ? where id = 1")
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    commits.incrementAndGet();
                }
            });
        } else {
            commits.incrementAndGet(); // no transaction: the update is already committed
        }
    }

    /** A version of the public data: a number that only grows, and when it was reached (Last-Modified). */
    public record Current(long version, Instant changedAt) {}

    private record Held(Current current, long readAt, long commits) {}
}
