package org.iccindex.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.EditionId;

/**
 * One city's result as the benchmark sees it: who, which round and edition, its place on the band axes, and its
 * exact values per metric (absent where the city has no figure).
 */
public record SampleEntry(
        String city,
        String name,
        String country,
        boolean synthetic,
        EditionId edition,
        int round,
        LocalDate publishedOn,
        Optional<BigDecimal> population,
        Optional<BigDecimal> foreignBornPct,
        Map<Metric, Double> values) {

    public SampleEntry {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(foreignBornPct, "foreignBornPct");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public OptionalDouble value(Metric metric) {
        Double value = values.get(metric);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public Optional<BigDecimal> position(BandAxis axis) {
        return axis == BandAxis.POPULATION ? population : foreignBornPct;
    }
}
