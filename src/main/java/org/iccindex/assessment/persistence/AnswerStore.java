package org.iccindex.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iccindex.assessment.Actor;
import org.iccindex.definition.QuestionCode;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers: one row per round and question, each with its own version (optimistic lock). */
@Repository
public class AnswerStore {
    private static final String SELECT = """
            select id, round_id, question_code, answer_value, not_applicable, evidence_note, carried_over, version,
                   updated_by_id, updated_by_name, updated_at
            from answer""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AnswerStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Creates the rows of a new round: empty, or carried over (unconfirmed) where {@code start} gives content. */
    public void createAll(
            long roundId, List<QuestionCode> questions, java.util.Map<QuestionCode, AnswerRow.Content> start) {
        List<Object[]> rows = new ArrayList<>();
        for (QuestionCode q : questions) {
            AnswerRow.Content c = start.get(q);
            boolean carried = c != null
                    && (c.value().isPresent()
                            || c.notApplicable().isPresent()
                            || !c.evidenceNote().isEmpty());
            rows.add(new Object[] {
                roundId,
                q.value(),
                carried ? c.value().orElse(null) : null,
                carried ? c.notApplicable().orElse(null) : null,
                carried ? c.evidenceNote() : "",
                carried
            });
        }
        batch.batchUpdate(
                "insert into answer (round_id, question_code, answer_value, not_applicable, evidence_note, carried_over,"
                        + " version) values (?, ?, ?, ?, ?, ?, 0)",
                rows);
    }

    public List<AnswerRow> findByRound(long roundId) {
        return jdbc.sql(SELECT + " where round_id = ? order by id")
                .param(roundId)
                .query(AnswerStore::map)
                .list();
    }

    public Optional<AnswerRow> find(long roundId, QuestionCode question) {
        return jdbc.sql(SELECT + " where round_id = ? and question_code = ?")
                .params(roundId, question.value())
                .query(AnswerStore::map)
                .optional();
    }

    public Optional<AnswerRow> findById(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(AnswerStore::map)
                .optional();
    }

    /**
     * Stores new content (confirming a carried-over answer) if the answer still has {@code expectedVersion}; false
     * when someone saved it meanwhile.
     */
    public boolean update(long id, int expectedVersion, AnswerRow.Content content, Actor by, Instant at) {
        return jdbc.sql("""
                                update answer set answer_value = ?, not_applicable = ?, evidence_note = ?, carried_over = false,
                                    version = version + 1, updated_by_id = ?, updated_by_name = ?, updated_at = ?
                                where id = ? and version = ?""")
                        .params(
                                content.value().orElse(null),
                                content.notApplicable().orElse(null),
                                content.evidenceNote(),
                                by.accountId().orElse(null),
                                by.name(),
                                Timestamps.sql(at),
                                id,
                                expectedVersion)
                        .update()
                == 1;
    }

    private static AnswerRow map(ResultSet rs, int n) throws SQLException {
        String updatedBy = rs.getString("updated_by_name");
        String note = rs.getString("evidence_note");
        return new AnswerRow(
                rs.getLong("id"),
                rs.getLong("round_id"),
                new QuestionCode(rs.getString("question_code")),
                Optional.ofNullable(rs.getString("answer_value")),
                Optional.ofNullable(rs.getString("not_applicable")),
                note == null ? "" : note,
                rs.getBoolean("carried_over"),
                rs.getInt("version"),
                updatedBy == null
                        ? Optional.empty()
                        : Optional.of(new Actor(Rows.optionalLong(rs, "updated_by_id"), updatedBy)),
                Rows.optionalTime(rs, "updated_at"));
    }
}
