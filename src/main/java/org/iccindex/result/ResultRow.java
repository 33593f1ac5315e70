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

/**
 * One valid row of a results file, ready to store. {@code correctionReason}: given when the row corrects a result
 * already in the database (docs/results-import.md).
 */
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
        Optional<String> source,
        Optional<String> correctionReason) {

    /** Whether the row says exactly what the stored result says (then importing it again changes nothing). */
    boolean sameAs(StoredResult stored) {
        return publishedOn.equals(stored.publishedOn())
                && publishedLabel.equals(stored.publishedLabel())
                && origin == stored.origin()
                && population.equals(stored.population())
                && sameDecimal(foreignBornPct, stored.foreignBornPct())
                && sameDecimal(nonNationalPct, stored.nonNationalPct())
                && sampleSize.equals(stored.sampleSize())
                && aggregate.equals(stored.aggregatePublished())
                && lens.equals(stored.lensPublished())
                && areaScores.equals(stored.areaScores())
                && source.equals(stored.source());
    }

    private static boolean sameDecimal(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }
}
