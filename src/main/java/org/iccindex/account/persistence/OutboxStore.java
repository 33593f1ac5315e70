package org.iccindex.account.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The mail outbox: messages kept in the database instead of being sent. */
@Repository
public class OutboxStore {
    /** A message in the outbox. */
    public record OutboxRow(long id, String recipient, String subject, String body, LocalDateTime createdAt) {}

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String recipient, String subject, String body, LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mail_outbox (recipient, subject, body, created_at) values (?, ?, ?, ?)")
                .params(recipient, subject, body, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The newest messages first. */
    public List<OutboxRow> latest(int limit) {
        return jdbc.sql("select id, recipient, subject, body, created_at from mail_outbox order by id desc")
                .withMaxRows(limit)
                .query((rs, row) -> new OutboxRow(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toLocalDateTime()))
                .list();
    }
}
