package org.iccindex.account.persistence;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts of failed sign-ins and the locks they caused, by key ({@code account:...} or {@code address:...}). */
@Repository
public class ThrottleStore {
    /** The failures counted for one key and the lock, if any. */
    public record ThrottleRow(
            String key, int failures, LocalDateTime lastFailureAt, Optional<LocalDateTime> lockedUntil) {}

    private final JdbcClient jdbc;

    ThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ThrottleRow> find(String key) {
        return jdbc.sql("select throttle_key, failures, last_failure_at, locked_until from login_throttle "
                        + "where throttle_key = ?")
                .param(key)
                .query((rs, row) -> new ThrottleRow(
                        rs.getString("throttle_key"),
                        rs.getInt("failures"),
                        rs.getTimestamp("last_failure_at").toLocalDateTime(),
                        Optional.ofNullable(rs.getTimestamp("locked_until")).map(java.sql.Timestamp::toLocalDateTime)))
                .optional();
    }

    /**
     * Counts one more failure (starting again from one when the last is older than {@code forgetBefore}) in a single
     * statement, so that concurrent failures are all counted; returns the new count.
     */
    public int addFailure(String key, LocalDateTime at, LocalDateTime forgetBefore) {
        int updated = increment(key, at, forgetBefore);
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)")
                        .params(key, at)
                        .update();
            } catch (DuplicateKeyException raced) {
                increment(key, at, forgetBefore);
            }
        }
        return find(key).map(ThrottleRow::failures).orElse(1);
    }

    public void lockUntil(String key, LocalDateTime until) {
        jdbc.sql("update login_throttle set locked_until = ? where throttle_key = ?")
                .params(until, key)
                .update();
    }

    public void clear(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
    }

    private int increment(String key, LocalDateTime at, LocalDateTime forgetBefore) {
        return jdbc.sql(
                        "update login_throttle set failures = case when last_failure_at < ? then 1 else failures + 1 end,"
                                + " last_failure_at = ? where throttle_key = ?")
                .params(forgetBefore, at, key)
                .update();
    }
}
