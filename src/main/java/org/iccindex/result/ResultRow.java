package org.iccindex.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;

/** One valid row of a results file, ready to store. */
record ResultRow(
        int rowNumber,
        CitySlug slug,
        String name,
        String country,
        EditionId edition,
        int round,
        LocalDate publishedOn,
        String publishedLabel,
        ResultOrigin origin,
        Optional<Long> population,
        Optional<BigDecimal> foreignBornPct,
        Optional<BigDecimal> nonNationalPct,
        OptionalInt sampleSize,
        OptionalDouble aggregate,
        OptionalDouble lens,
        Map<AreaCode, Double> areaScores,
        Optional<String> source) {}
