package org.iccindex.account.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account audit trail: insert and read, never update or delete. */
@Repository
public class AuditStore {
    /** One audit entry as stored. */
    public record AuditRow(
            long id,
            Instant occurredAt,
            Optional<Long> actorId,
            String actor,
            String action,
            String subject,
            String detail,
            String clientAddress) {}

    private static final String SELECT =
            "select id, occurred_at, actor_id, actor, action, subject, detail, client_address from account_audit";

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            Instant at,
            Optional<Long> actorId,
            String actor,
            String action,
            String subject,
            String detail,
            String clientAddress) {
        jdbc.sql("insert into account_audit (occurred_at, actor_id, actor, action, subject, detail, client_address) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamps.sql(at),
                        actorId.orElse(null),
                        cut(actor, 200),
                        action,
                        cut(subject, 300),
                        cut(detail, 1000),
                        cut(clientAddress, 100))
                .update();
    }

    /** The newest entries first; {@code subject} empty: all of them. */
    public List<AuditRow> latest(Optional<String> subject, int limit) {
        return subject.map(s ->
                        jdbc.sql(SELECT + " where subject = ? order by id desc").param(s))
                .orElseGet(() -> jdbc.sql(SELECT + " order by id desc"))
                .withMaxRows(limit)
                .query(AuditStore::map)
                .list();
    }

    private static AuditRow map(ResultSet rs, int row) throws SQLException {
        long actorId = rs.getLong("actor_id");
        Optional<Long> actor = rs.wasNull() ? Optional.empty() : Optional.of(actorId);
        return new AuditRow(
                rs.getLong("id"),
                Timestamps.read(rs, "occurred_at"),
                actor,
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("detail"),
                rs.getString("client_address"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
