package org.iccindex.result;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.definition.EditionId;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every version of a result (a city's round of one edition): the first publication and each correction, oldest
 * first. Only the newest is current; samples, ranks and pages use it, the others stay on record.
 */
@Repository
public class ResultVersions {
    private final JdbcClient jdbc;

    ResultVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Why, when and by whom a result was corrected. */
    public record Correction(Instant at, String by, String reason) {
        public Correction {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a correction needs its reason");
            }
            reason = reason.strip();
        }
    }

    /** One version: its number, the version it replaces and the correction that made it (none for the first). */
    public record Version(
            long id,
            int version,
            Optional<Long> replaces,
            Instant createdAt,
            LocalDate publishedOn,
            Optional<Correction> correction,
            OptionalDouble aggregatePublished) {}

    public List<Version> of(long cityId, EditionId edition, int round) {
        return jdbc.sql("""
                        select id, version, replaces_id, created_at, corrected_at, corrected_by, correction_reason,
                               aggregate_published, published_on
                        from result where city_id = ? and edition_id = ? and round_year = ? order by version""")
                .params(cityId, edition.value(), round)
                .query((rs, n) -> {
                    long replaces = rs.getLong(3);
                    Optional<Long> replaced = rs.wasNull() ? Optional.empty() : Optional.of(replaces);
                    Instant correctedAt = Timestamps.read(rs, 5);
                    double value = rs.getDouble(8);
                    OptionalDouble aggregate = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
                    return new Version(
                            rs.getLong(1),
                            rs.getInt(2),
                            replaced,
                            Timestamps.read(rs, 4),
                            rs.getObject(9, LocalDate.class),
                            correctedAt == null
                                    ? Optional.empty()
                                    : Optional.of(new Correction(correctedAt, rs.getString(6), rs.getString(7))),
                            aggregate);
                })
                .list();
    }

    /** The versions of a stored result's city, edition and round. */
    public List<Version> of(StoredResult result) {
        return of(result.city().id(), result.edition(), result.round());
    }

    /** When the current version was made by a correction: its date. */
    public Optional<Instant> correctedOn(StoredResult result) {
        List<Version> all = of(result);
        return all.isEmpty()
                ? Optional.empty()
                : all.get(all.size() - 1).correction().map(Correction::at);
    }
}
