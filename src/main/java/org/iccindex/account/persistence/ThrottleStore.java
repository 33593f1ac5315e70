package org.iccindex.account.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.shared.Timestamps;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts of sign-in attempts and the locks they caused, by key ({@code pair:...}, {@code account:...},
 * {@code address:...}). {@link #admit} checks and counts in one step under row locks, so that attempts sent at once
 * are each counted before any of them is checked against the password.
 */
@Repository
public class ThrottleStore {
    /** The failures counted for one key and the lock, if any. */
    public record ThrottleRow(String key, int failures, Instant lastFailureAt, Optional<Instant> lockedUntil) {}

    /** One key of an attempt: how many failures it may have before it locks. */
    public record Limit(String key, int threshold) {}

    /** The outcome of {@link #admit}: the counts after this attempt, or the lock that refuses it. */
    public record Admission(List<Integer> counts, Optional<Instant> lockedUntil) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ThrottleStore(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // its own transaction: a caller that rolls back (a refused password change) keeps the count it made
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<ThrottleRow> find(String key) {
        return jdbc.sql("select throttle_key, failures, last_failure_at, locked_until from login_throttle "
                        + "where throttle_key = ?")
                .param(key)
                .query(ThrottleStore::row)
                .optional();
    }

    private static ThrottleRow row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ThrottleRow(
                rs.getString("throttle_key"),
                rs.getInt("failures"),
                Timestamps.read(rs, "last_failure_at"),
                Timestamps.optional(rs, "locked_until"));
    }

    /**
     * Admits one attempt or refuses it, in one transaction holding the keys' rows locked (in key order, so that two
     * attempts never wait for each other's rows): refused while any key is locked; else every key's count goes up
     * by one (from one again when its last failure is older than {@code forgetBefore}) before the password is
     * checked, so that 30 attempts sent at once get the counts 1 to 30 and only those up to the threshold are
     * checked. {@link #succeeded} takes the count back for a right password.
     */
    public Admission admit(List<Limit> limits, Instant now, Instant forgetBefore) {
        List<Limit> ordered = limits.stream()
                .sorted(java.util.Comparator.comparing(Limit::key))
                .toList();
        ordered.forEach(l -> ensureRow(l.key(), now));
        return transaction.execute(status -> {
            java.util.Map<String, ThrottleRow> rows = new java.util.HashMap<>();
            for (Limit limit : ordered) {
                rows.put(
                        limit.key(),
                        jdbc.sql("select throttle_key, failures, last_failure_at, locked_until from login_throttle"
                                        + " where throttle_key = ? for update")
                                .param(limit.key())
                                .query(ThrottleStore::row)
                                .single());
            }
            Optional<Instant> locked = rows.values().stream()
                    .flatMap(r -> r.lockedUntil().stream())
                    .filter(now::isBefore)
                    .max(Instant::compareTo);
            if (locked.isPresent()) {
                return new Admission(List.of(), locked);
            }
            List<Integer> counts = new java.util.ArrayList<>();
            for (Limit limit : limits) {
                ThrottleRow row = rows.get(limit.key());
                int failures = row.lastFailureAt().isBefore(forgetBefore) ? 1 : row.failures() + 1;
                jdbc.sql("update login_throttle set failures = ?, last_failure_at = ? where throttle_key = ?")
                        .params(failures, Timestamps.sql(now), limit.key())
                        .update();
                counts.add(failures);
            }
            return new Admission(counts, Optional.empty());
        });
    }

    private void ensureRow(String key, Instant now) {
        if (find(key).isPresent()) {
            return;
        }
        try {
            // a row at 0 failures, dated long ago so that it counts as forgotten
            transaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into login_throttle (throttle_key, failures, last_failure_at) values (?, 0, ?)")
                    .params(key, Timestamps.sql(now.minus(Duration.ofDays(366))))
                    .update());
        } catch (DataIntegrityViolationException raced) {
            // another attempt inserted it first: the row is there, which is all that is needed
        }
    }

    public void lockUntil(String key, Instant until) {
        transaction.executeWithoutResult(
                status -> jdbc.sql("update login_throttle set locked_until = ? where throttle_key = ?")
                        .params(Timestamps.sql(until), key)
                        .update());
    }

    /** A right password: {@code count} attempts counted under {@code key} were the owner's, not failures to hold. */
    public void takeBack(String key, int count) {
        transaction.executeWithoutResult(status -> jdbc.sql(
                        "update login_throttle set failures = case when failures > ? then failures - ? else 0 end"
                                + " where throttle_key = ?")
                .params(count, count, key)
                .update());
    }

    public void clear(String key) {
        transaction.executeWithoutResult(status -> jdbc.sql("delete from login_throttle where throttle_key = ?")
                .param(key)
                .update());
    }
}
