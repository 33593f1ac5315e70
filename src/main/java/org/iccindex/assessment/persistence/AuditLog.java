package org.iccindex.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.assessment.Actor;
import org.iccindex.assessment.AuditEntry;
import org.iccindex.definition.QuestionCode;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only audit log: this class only ever inserts and reads; nothing updates or deletes an entry. */
@Repository
public class AuditLog {
    private static final String SELECT = """
            select id, round_id, question_code, subject, action, actor_id, actor_name, occurred_at, before_value,
                   after_value, batch_id
            from audit_entry""";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(
            long roundId,
            Optional<QuestionCode> question,
            AuditEntry.Subject subject,
            AuditEntry.Action action,
            Actor by,
            Instant at,
            Optional<String> before,
            Optional<String> after,
            Optional<String> batch) {
        jdbc.sql("""
                        insert into audit_entry (round_id, question_code, subject, action, actor_id, actor_name, occurred_at,
                            before_value, after_value, batch_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        roundId,
                        question.map(QuestionCode::value).orElse(null),
                        subject.name(),
                        action.name(),
                        by.accountId().orElse(null),
                        by.name(),
                        Timestamps.sql(at),
                        before.orElse(null),
                        after.orElse(null),
                        batch.orElse(null))
                .update();
    }

    /** The whole history of a round, oldest first. */
    public List<AuditEntry> findByRound(long roundId) {
        return jdbc.sql(SELECT + " where round_id = ? order by occurred_at, id")
                .param(roundId)
                .query(AuditLog::map)
                .list();
    }

    /** The history of one answer (its value, evidence and queries), oldest first. */
    public List<AuditEntry> findByQuestion(long roundId, QuestionCode question) {
        return jdbc.sql(SELECT + " where round_id = ? and question_code = ? order by occurred_at, id")
                .params(roundId, question.value())
                .query(AuditLog::map)
                .list();
    }

    private static AuditEntry map(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getLong("round_id"),
                Optional.ofNullable(rs.getString("question_code")).map(QuestionCode::new),
                AuditEntry.Subject.valueOf(rs.getString("subject")),
                AuditEntry.Action.valueOf(rs.getString("action")),
                new Actor(Rows.optionalLong(rs, "actor_id"), rs.getString("actor_name")),
                Timestamps.read(rs, "occurred_at"),
                Optional.ofNullable(rs.getString("before_value")),
                Optional.ofNullable(rs.getString("after_value")),
                Optional.ofNullable(rs.getString("batch_id")));
    }
}
