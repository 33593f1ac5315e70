package org.iccindex.result;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.scoring.LensComposite;

/**
 * Turns a stored result into a sample entry under the edition a benchmark uses: areas are matched by code or by
 * the benchmark edition's {@code continues}, the lens and aggregate are the result's official figures (the lens
 * computed with the benchmark edition's composite when the result's own edition has none and every area is given).
 */
public final class SampleEntries {
    private SampleEntries() {}

    public static SampleEntry of(StoredResult result, Definition own, Definition benchmark) {
        Map<AreaCode, Double> mapped = new LinkedHashMap<>();
        for (Area area : benchmark.scoredAreas()) {
            Double score = result.areaScores().get(area.code());
            for (int i = 0; score == null && i < area.continues().size(); i++) {
                score = result.areaScores().get(area.continues().get(i));
            }
            if (score != null) {
                mapped.put(area.code(), score);
            }
        }
        Map<Metric, Double> values = new LinkedHashMap<>();
        ResultFigures figures = ResultFigures.of(result, own);
        figures.aggregate().ifPresent(a -> values.put(Metric.AGGREGATE, a));
        OptionalDouble lens = figures.lens();
        if (lens.isEmpty() && own.composite().isEmpty()) {
            boolean complete = benchmark
                    .composite()
                    .map(c -> mapped.keySet().containsAll(c.areas()))
                    .orElse(false);
            lens = complete ? LensComposite.compute(benchmark, mapped) : OptionalDouble.empty();
        }
        if (benchmark.composite().isPresent()) {
            lens.ifPresent(l -> values.put(Metric.LENS, l));
        }
        mapped.forEach((area, score) -> values.put(Metric.area(area), score));
        return new SampleEntry(
                result.city().slug().value(),
                result.city().name(),
                result.city().country(),
                result.city().synthetic(),
                result.edition(),
                result.round(),
                result.publishedOn(),
                result.population().map(java.math.BigDecimal::valueOf),
                result.foreignBornOrNonNational(),
                values);
    }
}
