package org.iccindex.assessment.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iccindex.assessment.Actor;
import org.iccindex.assessment.ReviewRequest;
import org.iccindex.definition.AreaCode;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Review requests on published rounds; each change of status applies only from the status it expects. */
@Repository
public class RequestStore {
    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a city asks for: the areas, the reason and the evidence. */
    public record NewRequest(
            List<AreaCode> areas,
            String reason,
            Optional<String> note,
            Optional<String> link,
            Optional<Attachment> file) {}

    /** A checked file: its safe name, our content type, the bytes and their SHA-256. */
    public record Attachment(String name, String type, byte[] content, String sha256) {}

    public long insert(long roundId, NewRequest request, Actor by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into review_request (round_id, status, areas, reason, evidence_note, evidence_link,
                            requested_by_id, requested_by_name, requested_at, file_name, file_type, file_size,
                            file_sha256)
                        values (?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        roundId,
                        request.areas().stream().map(AreaCode::value).collect(Collectors.joining(",")),
                        request.reason(),
                        request.note().orElse(null),
                        request.link().orElse(null),
                        by.accountId().orElse(null),
                        by.name(),
                        Timestamps.sql(at),
                        request.file().map(Attachment::name).orElse(null),
                        request.file().map(Attachment::type).orElse(null),
                        request.file().map(f -> (long) f.content().length).orElse(null),
                        request.file().map(Attachment::sha256).orElse(null))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        request.file()
                .ifPresent(f -> jdbc.sql("insert into review_request_file (request_id, content) values (?, ?)")
                        .params(id, f.content())
                        .update());
        return id;
    }

    /** Declines an open request; false if it was not open. */
    public boolean decline(long id, Actor by, Instant at, String reason) {
        return jdbc.sql("""
                                update review_request set status = 'DECLINED', decided_by_id = ?, decided_by_name = ?,
                                    decided_at = ?, decline_reason = ?
                                where id = ? and status = 'OPEN'""")
                        .params(by.accountId().orElse(null), by.name(), Timestamps.sql(at), reason, id)
                        .update()
                == 1;
    }

    /** Accepts an open request; false if it was not open. */
    public boolean accept(long id, Actor by, Instant at) {
        return jdbc.sql("""
                                update review_request set status = 'ACCEPTED', decided_by_id = ?, decided_by_name = ?,
                                    decided_at = ?
                                where id = ? and status = 'OPEN'""")
                        .params(by.accountId().orElse(null), by.name(), Timestamps.sql(at), id)
                        .update()
                == 1;
    }

    /** Records that an accepted request's correction was published as the result version {@code resultId}. */
    public boolean corrected(long id, Instant at, long resultId) {
        return jdbc.sql("""
                                update review_request set status = 'CORRECTED', corrected_at = ?, result_id = ?
                                where id = ? and status = 'ACCEPTED'""").params(Timestamps.sql(at), resultId, id).update() == 1;
    }

    /** The round's requests, oldest first. */
    public List<ReviewRequest> findByRound(long roundId) {
        return jdbc.sql("""
                        select id, round_id, status, areas, reason, evidence_note, evidence_link, requested_by_id,
                               requested_by_name, requested_at, decided_by_id, decided_by_name, decided_at,
                               decline_reason, corrected_at, file_name
                        from review_request where round_id = ? order by requested_at, id""")
                .param(roundId)
                .query((rs, n) -> {
                    String decidedBy = rs.getString("decided_by_name");
                    return new ReviewRequest(
                            rs.getLong("id"),
                            rs.getLong("round_id"),
                            ReviewRequest.Status.valueOf(rs.getString("status")),
                            Arrays.stream(rs.getString("areas").split(","))
                                    .map(AreaCode::new)
                                    .toList(),
                            rs.getString("reason"),
                            Optional.ofNullable(rs.getString("evidence_note")),
                            Optional.ofNullable(rs.getString("evidence_link")),
                            Optional.ofNullable(rs.getString("file_name")),
                            new Actor(Rows.optionalLong(rs, "requested_by_id"), rs.getString("requested_by_name")),
                            Timestamps.read(rs, "requested_at"),
                            decidedBy == null
                                    ? Optional.empty()
                                    : Optional.of(new Actor(Rows.optionalLong(rs, "decided_by_id"), decidedBy)),
                            Rows.optionalTime(rs, "decided_at"),
                            Optional.ofNullable(rs.getString("decline_reason")),
                            Rows.optionalTime(rs, "corrected_at"));
                })
                .list();
    }

    /** The file attached to a request: its name, type and bytes. */
    public Optional<Attachment> file(long requestId) {
        return jdbc.sql("""
                        select r.file_name, r.file_type, r.file_sha256, f.content
                        from review_request r join review_request_file f on f.request_id = r.id where r.id = ?""")
                .param(requestId)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(4), rs.getString(3)))
                .optional();
    }

    /** The rounds with an open request (waiting for an analyst's decision). */
    public Set<Long> roundsWithOpenRequest() {
        return Set.copyOf(jdbc.sql("select distinct round_id from review_request where status = 'OPEN'")
                .query(Long.class)
                .list());
    }

    /** The round's request that is open or in correction, if any (at most one). */
    /**
     * The areas of the round's accepted request (its correction under way or under review), read on every answer
     * save: one indexed row rather than the round's whole request history.
     */
    public Set<AreaCode> acceptedAreas(long roundId) {
        return jdbc
                .sql("select areas from review_request where round_id = ? and status = 'ACCEPTED'")
                .param(roundId)
                .query(String.class)
                .list()
                .stream()
                .flatMap(areas -> Arrays.stream(areas.split(",")))
                .map(AreaCode::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<ReviewRequest> pending(long roundId) {
        return findByRound(roundId).stream().filter(r -> r.status().isPending()).findFirst();
    }
}
