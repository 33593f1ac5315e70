package org.iccindex.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;

/**
 * What {@link RankRobustness} works on: the edition's scored areas with their weights, and the sample's results
 * that have every area score the aggregate needs ({@code competitors}; an area introduced with the edition may be
 * missing, NaN, and is then left out of that city's mean, as in the aggregate itself). A result without them (only
 * a published aggregate, or some area scores missing) is {@code excluded}, with the areas it lacks.
 */
public record RobustnessInput(
        List<AreaCode> areas, double[] baseWeights, List<Competitor> competitors, List<Excluded> excluded) {

    public RobustnessInput {
        areas = List.copyOf(areas);
        competitors = List.copyOf(competitors);
        excluded = List.copyOf(excluded);
        if (baseWeights.length != areas.size()) {
            throw new IllegalArgumentException("one weight per area");
        }
        for (Competitor c : competitors) {
            if (c.scores().length != areas.size()) {
                throw new IllegalArgumentException("one score per area for " + c.city());
            }
        }
    }

    /** A city in the computation: its area scores in area order (NaN: a new area it did not answer). */
    public record Competitor(String city, String name, boolean synthetic, double[] scores) {
        public Competitor {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A city left out, with the area scores it lacks (all of them when only an aggregate was published). */
    public record Excluded(String city, boolean synthetic, List<AreaCode> missing) {
        public Excluded {
            missing = List.copyOf(missing);
        }
    }

    public static RobustnessInput of(Definition definition, Sample sample) {
        List<Area> scored = definition.scoredAreas();
        List<AreaCode> codes = scored.stream().map(Area::code).toList();
        double[] weights =
                scored.stream().mapToDouble(a -> a.weight().doubleValue()).toArray();
        List<Competitor> competitors = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (SampleEntry entry : sample.entries()) {
            double[] scores = new double[codes.size()];
            List<AreaCode> missing = new ArrayList<>();
            for (int a = 0; a < codes.size(); a++) {
                OptionalDouble value = entry.value(Metric.area(codes.get(a)));
                scores[a] = value.orElse(Double.NaN);
                if (value.isEmpty() && !definition.isNewArea(codes.get(a))) {
                    missing.add(codes.get(a));
                }
            }
            if (missing.isEmpty()) {
                competitors.add(new Competitor(entry.city(), entry.name(), entry.synthetic(), scores));
            } else {
                excluded.add(new Excluded(entry.city(), entry.synthetic(), missing));
            }
        }
        return new RobustnessInput(codes, weights, competitors, excluded);
    }
}
