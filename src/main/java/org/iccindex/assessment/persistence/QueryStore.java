package org.iccindex.assessment.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.account.Role;
import org.iccindex.assessment.Actor;
import org.iccindex.assessment.ReviewQuery;
import org.iccindex.definition.QuestionCode;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Review queries and their messages (two queries per round, whatever the number of threads). */
@Repository
public class QueryStore {
    private final JdbcClient jdbc;

    QueryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long roundId, QuestionCode question, Actor by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into review_query (round_id, question_code, status, raised_by_id, raised_by_name, raised_at)
                        values (?, ?, 'OPEN', ?, ?, ?)""")
                .params(roundId, question.value(), by.accountId().orElse(null), by.name(), Timestamps.sql(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertMessage(long queryId, Actor by, Role role, String body, Instant at) {
        jdbc.sql("""
                        insert into review_message (query_id, author_id, author_name, author_role, body, written_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(queryId, by.accountId().orElse(null), by.name(), role.name(), body, Timestamps.sql(at))
                .update();
    }

    /** Resolves an open query; false if it was not open. */
    public boolean resolve(long queryId, Actor by, Instant at) {
        return jdbc.sql("""
                                update review_query set status = 'RESOLVED', resolved_by_id = ?, resolved_by_name = ?,
                                    resolved_at = ?
                                where id = ? and status = 'OPEN'""")
                        .params(by.accountId().orElse(null), by.name(), Timestamps.sql(at), queryId)
                        .update()
                == 1;
    }

    /** The round's queries with their threads, oldest first. */
    public List<ReviewQuery> findByRound(long roundId) {
        Map<Long, List<ReviewQuery.Message>> messages = new LinkedHashMap<>();
        jdbc.sql("""
                        select m.id, m.query_id, m.author_id, m.author_name, m.author_role, m.body, m.written_at
                        from review_message m join review_query q on q.id = m.query_id
                        where q.round_id = ? order by m.written_at, m.id""").param(roundId).query(rs -> {
            messages.computeIfAbsent(rs.getLong("query_id"), k -> new ArrayList<>())
                    .add(new ReviewQuery.Message(
                            rs.getLong("id"),
                            new Actor(Rows.optionalLong(rs, "author_id"), rs.getString("author_name")),
                            Role.valueOf(rs.getString("author_role")),
                            rs.getString("body"),
                            Timestamps.read(rs, "written_at")));
        });
        return jdbc.sql("""
                        select id, round_id, question_code, status, raised_by_id, raised_by_name, raised_at,
                               resolved_by_id, resolved_by_name, resolved_at
                        from review_query where round_id = ? order by raised_at, id""")
                .param(roundId)
                .query((rs, n) -> {
                    String resolvedBy = rs.getString("resolved_by_name");
                    long id = rs.getLong("id");
                    return new ReviewQuery(
                            id,
                            rs.getLong("round_id"),
                            new QuestionCode(rs.getString("question_code")),
                            ReviewQuery.Status.valueOf(rs.getString("status")),
                            new Actor(Rows.optionalLong(rs, "raised_by_id"), rs.getString("raised_by_name")),
                            Timestamps.read(rs, "raised_at"),
                            resolvedBy == null
                                    ? Optional.empty()
                                    : Optional.of(new Actor(Rows.optionalLong(rs, "resolved_by_id"), resolvedBy)),
                            Rows.optionalTime(rs, "resolved_at"),
                            messages.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** Question codes of the round's open queries, oldest first. */
    public List<String> openQuestions(long roundId) {
        return jdbc.sql("select question_code from review_query where round_id = ? and status = 'OPEN' order by id")
                .param(roundId)
                .query(String.class)
                .list();
    }
}
