package org.iccindex.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.iccindex.city.City;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;
import org.iccindex.scoring.ScoringMethod;

/**
 * A city's result for one round of one edition, as stored: exact area scores, and the lens and aggregate as
 * published where a source gave them ({@link ResultFigures} derives the rest).
 */
public record StoredResult(
        long id,
        City city,
        EditionId edition,
        int round,
        LocalDate publishedOn,
        String publishedLabel,
        ResultOrigin origin,
        ScoringMethod method,
        Optional<Long> population,
        Optional<BigDecimal> foreignBornPct,
        Optional<BigDecimal> nonNationalPct,
        OptionalInt sampleSize,
        Map<AreaCode, Double> areaScores,
        OptionalDouble lensPublished,
        OptionalDouble aggregatePublished,
        Optional<String> source) {

    public StoredResult {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(method, "method");
        areaScores = Collections.unmodifiableMap(new LinkedHashMap<>(areaScores));
    }

    /** The share that places the city on the foreign-born axis: foreign-born, else non-national. */
    public Optional<BigDecimal> foreignBornOrNonNational() {
        return foreignBornPct.or(() -> nonNationalPct);
    }
}
