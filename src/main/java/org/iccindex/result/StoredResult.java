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
 * published where a source gave them ({@link ResultFigures} derives the rest), and the figures computed from the
 * round's answers where the round was answered ({@code computed}). A published result keeps its published figures and
 * may carry a computed set beside them; a result of origin computed carries its own figures in both.
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
        Optional<String> source,
        Optional<ComputedFigures> computed) {

    public StoredResult {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(method, "method");
        areaScores = Collections.unmodifiableMap(new LinkedHashMap<>(areaScores));
        Objects.requireNonNull(computed, "computed");
    }

    /** A result without a computed set. */
    public StoredResult(
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
        this(
                id,
                city,
                edition,
                round,
                publishedOn,
                publishedLabel,
                origin,
                method,
                population,
                foreignBornPct,
                nonNationalPct,
                sampleSize,
                areaScores,
                lensPublished,
                aggregatePublished,
                source,
                Optional.empty());
    }

    /**
     * Whether the computed set says something else than the published figures, in a whole number shown (an area, the
     * lens or the aggregate) or by giving an area they do not; false without a computed set.
     */
    public boolean computedDiffers() {
        if (computed.isEmpty() || origin == ResultOrigin.COMPUTED) {
            return false;
        }
        ComputedFigures c = computed.get();
        for (Map.Entry<AreaCode, Double> e : c.areaScores().entrySet()) {
            Double published = areaScores.get(e.getKey());
            if (published == null || Math.round(published) != Math.round(e.getValue())) {
                return true;
            }
        }
        return differs(lensPublished, c.lens()) || differs(aggregatePublished, c.aggregate());
    }

    private static boolean differs(OptionalDouble published, OptionalDouble computed) {
        return published.isPresent()
                && computed.isPresent()
                && Math.round(published.getAsDouble()) != Math.round(computed.getAsDouble());
    }

    /** The share that places the city on the foreign-born axis: foreign-born, else non-national. */
    public Optional<BigDecimal> foreignBornOrNonNational() {
        return foreignBornPct.or(() -> nonNationalPct);
    }
}
