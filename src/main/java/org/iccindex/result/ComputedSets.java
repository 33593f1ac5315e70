package org.iccindex.result;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.scoring.ScoringMethod;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the computed sets stored beside results (tables result_computed and result_computed_area_score). */
final class ComputedSets {
    private static final String SELECT =
            "select rc.result_id, rc.method, rc.definition_checksum, rc.lens, rc.aggregate, rc.source, rc.answers_basis from result_computed rc";
    private static final String SCORES = "select s.result_id, s.area_code, s.score from result_computed_area_score s";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ComputedSets(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    void insert(long resultId, ComputedFigures computed) {
        jdbc.sql("""
                        insert into result_computed (result_id, method, definition_checksum, lens, aggregate, source,
                            computed_at, answers_basis) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        resultId,
                        computed.method().id(),
                        computed.definitionChecksum(),
                        computed.lens().isPresent() ? computed.lens().getAsDouble() : null,
                        computed.aggregate().isPresent() ? computed.aggregate().getAsDouble() : null,
                        computed.source(),
                        Timestamps.sql(clock.instant()),
                        computed.basis().name())
                .update();
        List<Object[]> scores = new ArrayList<>();
        computed.areaScores().forEach((area, score) -> scores.add(new Object[] {resultId, area.value(), score}));
        batch.batchUpdate(
                "insert into result_computed_area_score (result_id, area_code, score) values (?, ?, ?)", scores);
    }

    boolean exists(long resultId) {
        return jdbc.sql("select count(*) from result_computed where result_id = ?")
                        .param(resultId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Map<Long, ComputedFigures> all() {
        return load(SELECT, SCORES);
    }

    Map<Long, ComputedFigures> ofCity(CitySlug slug) {
        String join = " join result r on r.id = %s.result_id join city c on c.id = r.city_id where c.slug = ?";
        return load(SELECT + join.formatted("rc"), SCORES + join.formatted("s"), slug.value());
    }

    private Map<Long, ComputedFigures> load(String sets, String scoresSql, Object... params) {
        Map<Long, Map<AreaCode, Double>> scores = new HashMap<>();
        jdbc.sql(scoresSql).params(params).query(rs -> {
            scores.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                    .put(new AreaCode(rs.getString(2)), rs.getDouble(3));
        });
        Map<Long, ComputedFigures> computed = new HashMap<>();
        jdbc.sql(sets).params(params).query(rs -> {
            long id = rs.getLong(1);
            double lens = rs.getDouble(4);
            OptionalDouble lensValue = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(lens);
            double aggregate = rs.getDouble(5);
            OptionalDouble aggregateValue = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(aggregate);
            computed.put(
                    id,
                    new ComputedFigures(
                            ScoringMethod.byId(rs.getString(2)).orElseThrow(),
                            rs.getString(3),
                            scores.getOrDefault(id, Map.of()),
                            lensValue,
                            aggregateValue,
                            rs.getString(6),
                            AnswersBasis.valueOf(rs.getString(7))));
        });
        return computed;
    }
}
