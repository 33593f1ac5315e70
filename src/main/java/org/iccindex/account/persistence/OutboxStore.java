package org.iccindex.account.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The mail outbox: every message to a person, with the state of its delivery. */
@Repository
public class OutboxStore {
    /** A message in the outbox and its delivery: sent, waiting (maybe after failed tries) or given up. */
    public record OutboxRow(
            long id,
            String recipient,
            String subject,
            String body,
            Instant createdAt,
            Optional<Instant> sentAt,
            int attempts,
            Optional<Instant> lastAttemptAt,
            Optional<String> lastError,
            Optional<Instant> givenUpAt) {}

    private static final String COLUMNS =
            "id, recipient, subject, body, created_at, sent_at, attempts, last_attempt_at, last_error, given_up_at";
    private static final int ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String recipient, String subject, String body, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mail_outbox (recipient, subject, body, created_at) values (?, ?, ?, ?)")
                .params(recipient, subject, body, Timestamps.sql(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The newest messages first. */
    public List<OutboxRow> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox order by id desc")
                .withMaxRows(limit)
                .query((rs, row) -> row(rs))
                .list();
    }

    /**
     * The oldest messages waiting to be sent, locked for the caller's transaction; rows another instance holds are
     * skipped, so that two senders never send the same message.
     */
    public List<OutboxRow> lockWaiting(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where sent_at is null and given_up_at is null"
                        + " order by id fetch first " + limit + " rows only for update skip locked")
                .query((rs, row) -> row(rs))
                .list();
    }

    public void markSent(long id, Instant at) {
        jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = null"
                        + " where id = ?")
                .params(Timestamps.sql(at), Timestamps.sql(at), id)
                .update();
    }

    /** Records a failed try; {@code giveUp}: it was the last one allowed. */
    public void markFailed(long id, Instant at, String error, boolean giveUp) {
        String text = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        jdbc.sql("update mail_outbox set attempts = attempts + 1, last_attempt_at = ?, last_error = ?,"
                        + " given_up_at = ? where id = ?")
                .params(Timestamps.sql(at), text, giveUp ? Timestamps.sql(at) : null, id)
                .update();
    }

    private static OutboxRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OutboxRow(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                Timestamps.read(rs, "created_at"),
                time(rs, "sent_at"),
                rs.getInt("attempts"),
                time(rs, "last_attempt_at"),
                Optional.ofNullable(rs.getString("last_error")),
                time(rs, "given_up_at"));
    }

    private static Optional<Instant> time(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return Timestamps.optional(rs, column);
    }
}
