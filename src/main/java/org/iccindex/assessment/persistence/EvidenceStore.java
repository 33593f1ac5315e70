package org.iccindex.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.assessment.Actor;
import org.iccindex.assessment.Evidence;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Links and files of answers; file bytes live in their own table and are read only for a download. */
@Repository
public class EvidenceStore {
    private static final String SELECT = """
            select e.id, e.answer_id, a.round_id, a.question_code, e.kind, e.url, e.label, e.file_name, e.content_type,
                   e.size_bytes, e.sha256, e.added_by_id, e.added_by_name, e.added_at, e.removed_by_id,
                   e.removed_by_name, e.removed_at
            from evidence e join answer a on a.id = e.answer_id""";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertLink(long answerId, String url, String label, Actor by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into evidence (answer_id, kind, url, label, size_bytes, added_by_id, added_by_name, added_at)
                        values (?, 'LINK', ?, ?, 0, ?, ?, ?)""")
                .params(answerId, url, label, by.accountId().orElse(null), by.name(), Timestamps.sql(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public long insertFile(
            long answerId, String fileName, String contentType, byte[] content, String sha256, Actor by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into evidence (answer_id, kind, file_name, content_type, size_bytes, sha256, added_by_id,
                            added_by_name, added_at)
                        values (?, 'FILE', ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        answerId,
                        fileName,
                        contentType,
                        content.length,
                        sha256,
                        by.accountId().orElse(null),
                        by.name(),
                        Timestamps.sql(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("insert into evidence_content (evidence_id, content) values (?, ?)")
                .params(id, content)
                .update();
        return id;
    }

    /** Marks the evidence removed (the row and a file's bytes stay); false if it was already removed. */
    public boolean markRemoved(long id, Actor by, Instant at) {
        return jdbc.sql("""
                                update evidence set removed_by_id = ?, removed_by_name = ?, removed_at = ?
                                where id = ? and removed_at is null""")
                        .params(by.accountId().orElse(null), by.name(), Timestamps.sql(at), id)
                        .update()
                == 1;
    }

    public Optional<Evidence> find(long id) {
        return jdbc.sql(SELECT + " where e.id = ?")
                .param(id)
                .query(EvidenceStore::map)
                .optional();
    }

    /** All evidence of a round, removed included, oldest first. */
    public List<Evidence> findByRound(long roundId) {
        return jdbc.sql(SELECT + " where a.round_id = ? order by e.id")
                .param(roundId)
                .query(EvidenceStore::map)
                .list();
    }

    public Optional<byte[]> content(long id) {
        return jdbc.sql("select content from evidence_content where evidence_id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static Evidence map(ResultSet rs, int n) throws SQLException {
        String removedBy = rs.getString("removed_by_name");
        return new Evidence(
                rs.getLong("id"),
                rs.getLong("answer_id"),
                rs.getLong("round_id"),
                rs.getString("question_code"),
                Evidence.Kind.valueOf(rs.getString("kind")),
                Optional.ofNullable(rs.getString("url")),
                Optional.ofNullable(rs.getString("label")),
                Optional.ofNullable(rs.getString("file_name")),
                Optional.ofNullable(rs.getString("content_type")),
                rs.getLong("size_bytes"),
                Optional.ofNullable(rs.getString("sha256")),
                new Actor(Rows.optionalLong(rs, "added_by_id"), rs.getString("added_by_name")),
                Timestamps.read(rs, "added_at"),
                removedBy == null
                        ? Optional.empty()
                        : Optional.of(new Actor(Rows.optionalLong(rs, "removed_by_id"), removedBy)),
                Rows.optionalTime(rs, "removed_at"));
    }
}
