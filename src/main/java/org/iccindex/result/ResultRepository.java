package org.iccindex.result;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;
import org.iccindex.scoring.ScoringMethod;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores and reads results with their area scores (two queries for any number of results, never one per city). */
@Repository
public class ResultRepository {
    private static final String SELECT = """
            select r.id, r.edition_id, r.round_year, r.published_on, r.published_label, r.origin, r.method,
                   r.population, r.foreign_born_pct, r.non_national_pct, r.sample_size, r.aggregate_published,
                   r.lens_published, r.source, c.id as city_id, c.slug, c.name, c.country, c.synthetic
            from result r join city c on c.id = r.city_id
            """ + "where " + ResultRepository.CURRENT + "\n";

    /** The current version of a result: the row no correction replaces (earlier versions stay on record). */
    static final String CURRENT = "not exists (select 1 from result n where n.replaces_id = r.id)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    private final ComputedSets computedSets;

    private final Clock clock;

    ResultRepository(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.batch = batch;
        this.computedSets = new ComputedSets(jdbc, batch, clock);
    }

    /** Inserts a result (its {@code id} is ignored) with its area scores; returns the new id. */
    public long insert(StoredResult result, Optional<Long> importBatch) {
        return insert(result, importBatch, Optional.empty());
    }

    /**
     * Stores {@code corrected} as the next version of the result {@code replaced} (the current version of the same
     * city, edition and round), which stays on record unchanged; returns the new version's id.
     */
    public long insertCorrection(
            StoredResult replaced, StoredResult corrected, Optional<Long> importBatch, ResultVersions.Correction why) {
        if (replaced.city().id() != corrected.city().id()
                || !replaced.edition().equals(corrected.edition())
                || replaced.round() != corrected.round()) {
            throw new IllegalArgumentException("a correction replaces a result of the same city, edition and round");
        }
        return insert(corrected, importBatch, Optional.of(new Replacing(replaced.id(), why)));
    }

    private record Replacing(long replacedId, ResultVersions.Correction why) {}

    private long insert(StoredResult result, Optional<Long> importBatch, Optional<Replacing> replacing) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Long replaces = replacing.map(Replacing::replacedId).orElse(null);
        jdbc.sql("""
                        insert into result (city_id, edition_id, round_year, published_on, published_label, origin, method,
                            population, foreign_born_pct, non_national_pct, sample_size, aggregate_published, lens_published,
                            source, import_batch_id, created_at, version, replaces_id, corrected_at, corrected_by,
                            correction_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                            coalesce((select v.version + 1 from result v where v.id = ?), 1), ?, ?, ?, ?)""")
                .params(
                        result.city().id(),
                        result.edition().value(),
                        result.round(),
                        result.publishedOn(),
                        result.publishedLabel(),
                        result.origin().code(),
                        result.method().id(),
                        result.population().orElse(null),
                        result.foreignBornPct().orElse(null),
                        result.nonNationalPct().orElse(null),
                        result.sampleSize().isPresent() ? result.sampleSize().getAsInt() : null,
                        result.aggregatePublished().isPresent()
                                ? result.aggregatePublished().getAsDouble()
                                : null,
                        result.lensPublished().isPresent()
                                ? result.lensPublished().getAsDouble()
                                : null,
                        result.source().orElse(null),
                        importBatch.orElse(null),
                        Timestamps.sql(clock.instant()),
                        replaces,
                        replaces,
                        Timestamps.sql(replacing.map(r -> r.why().at()).orElse(null)),
                        replacing.map(r -> r.why().by()).orElse(null),
                        replacing.map(r -> r.why().reason()).orElse(null))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        List<Object[]> scores = new ArrayList<>();
        result.areaScores().forEach((area, score) -> scores.add(new Object[] {id, area.value(), score}));
        batch.batchUpdate("insert into result_area_score (result_id, area_code, score) values (?, ?, ?)", scores);
        result.computed().ifPresent(c -> computedSets.insert(id, c));
        return id;
    }

    /** The cities that have at least one result: the only cities the public side may name. */
    public List<City> citiesWithResults() {
        return jdbc.sql("""
                        select c.id, c.slug, c.name, c.country, c.synthetic from city c
                        where exists (select 1 from result r where r.city_id = c.id) order by c.name""")
                .query((rs, n) -> CityRepository.fromRow(rs, "id", ""))
                .list();
    }

    /**
     * Adds the set computed from a round's answers to the stored result {@code resultId}; refused when it already has
     * one (a result's figures are never replaced).
     */
    public void addComputed(long resultId, ComputedFigures computed) {
        if (computedSets.exists(resultId)) {
            throw new IllegalStateException("result " + resultId + " already has computed figures");
        }
        computedSets.insert(resultId, computed);
    }

    /** The id of the stored result of a city for one round of one edition. */
    public Optional<Long> idOf(long cityId, EditionId edition, int round) {
        return jdbc.sql("select id from result r where city_id = ? and edition_id = ? and round_year = ? and "
                        + CURRENT)
                .params(cityId, edition.value(), round)
                .query(Long.class)
                .optional();
    }

    public boolean hasComputed(long resultId) {
        return computedSets.exists(resultId);
    }

    public boolean exists(long cityId, EditionId edition, int round) {
        return jdbc.sql("select count(*) from result r where city_id = ? and edition_id = ? and round_year = ? and "
                                + CURRENT)
                        .params(cityId, edition.value(), round)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<StoredResult> findAll() {
        return assemble(
                jdbc.sql(SELECT + " order by c.slug, r.published_on")
                        .query(ResultRepository::row)
                        .list(),
                scores("select result_id, area_code, score from result_area_score"),
                computedSets.all());
    }

    public List<StoredResult> findByCity(CitySlug slug) {
        List<StoredResult> rows = jdbc.sql(SELECT + " and c.slug = ? order by r.published_on, r.round_year")
                .param(slug.value())
                .query(ResultRepository::row)
                .list();
        return assemble(rows, scores("""
                select s.result_id, s.area_code, s.score from result_area_score s
                join result r on r.id = s.result_id join city c on c.id = r.city_id where c.slug = ?""", slug.value()), computedSets.ofCity(slug));
    }

    private Map<Long, Map<AreaCode, Double>> scores(String sql, Object... params) {
        Map<Long, Map<AreaCode, Double>> scores = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            scores.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                    .put(new AreaCode(rs.getString(2)), rs.getDouble(3));
        });
        return scores;
    }

    private static List<StoredResult> assemble(
            List<StoredResult> rows, Map<Long, Map<AreaCode, Double>> scores, Map<Long, ComputedFigures> computed) {
        List<StoredResult> results = new ArrayList<>(rows.size());
        for (StoredResult r : rows) {
            results.add(new StoredResult(
                    r.id(),
                    r.city(),
                    r.edition(),
                    r.round(),
                    r.publishedOn(),
                    r.publishedLabel(),
                    r.origin(),
                    r.method(),
                    r.population(),
                    r.foreignBornPct(),
                    r.nonNationalPct(),
                    r.sampleSize(),
                    scores.getOrDefault(r.id(), Map.of()),
                    r.lensPublished(),
                    r.aggregatePublished(),
                    r.source(),
                    Optional.ofNullable(computed.get(r.id()))));
        }
        return results;
    }

    private static StoredResult row(ResultSet rs, int n) throws SQLException {
        City city = CityRepository.fromRow(rs, "city_id", "");
        return new StoredResult(
                rs.getLong("id"),
                city,
                new EditionId(rs.getString("edition_id")),
                rs.getInt("round_year"),
                rs.getObject("published_on", java.time.LocalDate.class),
                rs.getString("published_label"),
                ResultOrigin.byCode(rs.getString("origin")).orElseThrow(),
                ScoringMethod.byId(rs.getString("method")).orElseThrow(),
                Optional.ofNullable((Long) rs.getObject("population", Long.class)),
                Optional.ofNullable(rs.getBigDecimal("foreign_born_pct")).map(BigDecimal::stripTrailingZeros),
                Optional.ofNullable(rs.getBigDecimal("non_national_pct")).map(BigDecimal::stripTrailingZeros),
                optionalInt(rs, "sample_size"),
                Map.of(),
                optionalDouble(rs, "lens_published"),
                optionalDouble(rs, "aggregate_published"),
                Optional.ofNullable(rs.getString("source")));
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static OptionalDouble optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
