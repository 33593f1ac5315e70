package org.iccindex.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.CityBenchmark.Gap;
import org.iccindex.benchmark.CityBenchmark.NoRanks;
import org.iccindex.benchmark.CityBenchmark.RankStatement;
import org.iccindex.benchmark.CityBenchmark.Row;

/**
 * Builds a {@link CityBenchmark}: a city against the held sample (its groups, means and ranks), or against a
 * published snapshot (its averages only). The one place that decides what is compared with what and which rank
 * statements a city gets.
 */
public final class CityBenchmarks {
    private CityBenchmarks() {}

    /**
     * The city against the held sample of {@code live}: each metric against the whole sample's mean (for a new area
     * the same cities as those that answered it), every group with its statistics and the city's rank.
     *
     * @param fictionalInSample how many cities of that sample are fictional
     */
    public static CityBenchmark inSample(CityComparison live, boolean figuresPublished, long fictionalInSample) {
        SampleEntry city = live.city();
        List<Row> rows = new ArrayList<>();
        for (Metric metric : live.metrics()) {
            OptionalDouble mean = live.wholeSample()
                    .metric(metric)
                    .flatMap(MetricComparison::stats)
                    .map(s -> OptionalDouble.of(s.mean()))
                    .orElse(OptionalDouble.empty());
            rows.add(row(metric, city.value(metric), mean));
        }
        List<RankStatement> statements = rankStatements(live, Metric.AGGREGATE);
        Optional<NoRanks> noRanks = statements.isEmpty()
                ? Optional.of(city.value(Metric.AGGREGATE).isEmpty() ? NoRanks.NO_FIGURE : NoRanks.ALONE_OF_ITS_KIND)
                : Optional.empty();
        return new CityBenchmark(
                city,
                figuresPublished,
                Optional.empty(),
                live.snapshot(),
                live.sampleSize(),
                fictionalInSample,
                live.metrics(),
                live.groups(),
                rows,
                statements,
                noRanks);
    }

    /**
     * The city against a published snapshot: each metric against the snapshot's average, nothing where either side
     * has no figure, no group means and no ranks. The held sample of {@code live} is described by its groups' sizes
     * only.
     *
     * @param figures the city's figures as the snapshot is compared with them (for a published result, as published)
     */
    public static CityBenchmark againstPublished(
            CityComparison live,
            PublishedSnapshot snapshot,
            Map<Metric, Double> figures,
            boolean figuresPublished,
            long fictionalInSample) {
        SampleEntry held = live.city();
        SampleEntry city = new SampleEntry(
                held.city(),
                held.name(),
                held.country(),
                held.synthetic(),
                held.edition(),
                held.round(),
                held.publishedOn(),
                held.population(),
                held.foreignBornPct(),
                figures);
        List<Row> rows = new ArrayList<>();
        for (Metric metric : live.metrics()) {
            rows.add(row(metric, city.value(metric), snapshot.average(metric)));
        }
        List<GroupComparison> sizes = live.groups().stream()
                .map(g -> new GroupComparison(g.group(), g.members(), Map.of()))
                .toList();
        return new CityBenchmark(
                city,
                figuresPublished,
                Optional.of(snapshot),
                live.snapshot(),
                live.sampleSize(),
                fictionalInSample,
                live.metrics(),
                sizes,
                rows,
                List.of(),
                Optional.of(NoRanks.PUBLISHED_SNAPSHOT));
    }

    private static Row row(Metric metric, OptionalDouble value, OptionalDouble reference) {
        Optional<Gap> gap = reference.isEmpty()
                ? Optional.of(Gap.NO_REFERENCE)
                : value.isEmpty() ? Optional.of(Gap.NO_FIGURE) : Optional.empty();
        return new Row(metric, value, reference, gap);
    }

    /**
     * The rank statements of one metric: one per group the city ranks in among at least one other city of its kind;
     * the cities that answered the new areas, when they are the same cities for each of them and the city holds the
     * same place, make one statement, not one per area.
     */
    static List<RankStatement> rankStatements(CityComparison comparison, Metric metric) {
        boolean synthetic = comparison.city().synthetic();
        List<RankStatement> statements = new ArrayList<>();
        List<GroupComparison> answered = new ArrayList<>();
        for (GroupComparison group : comparison.groups()) {
            if (group.group() instanceof ComparisonGroup.AnsweredArea) {
                answered.add(group);
                continue;
            }
            statement(group, metric, Optional.of(group.group()), synthetic).ifPresent(statements::add);
        }
        if (answered.size() > 1 && sameGroupAndPlace(answered, metric)) {
            statement(answered.get(0), metric, Optional.empty(), synthetic).ifPresent(statements::add);
        } else {
            for (GroupComparison group : answered) {
                statement(group, metric, Optional.of(group.group()), synthetic).ifPresent(statements::add);
            }
        }
        return statements;
    }

    private static Optional<RankStatement> statement(
            GroupComparison group, Metric metric, Optional<ComparisonGroup> named, boolean synthetic) {
        Optional<MetricComparison> m = group.metric(metric);
        Optional<RankPosition> rank = m.flatMap(MetricComparison::rank);
        if (rank.isEmpty() || rank.get().outOf() < 2) {
            return Optional.empty(); // "1st of 1" ranks nothing: the city is the only one of its kind in the group
        }
        int withFigure = m.flatMap(MetricComparison::stats)
                .map(Stats::n)
                .orElse(rank.get().outOf());
        return Optional.of(new RankStatement(metric, rank.get(), withFigure, named, synthetic));
    }

    /**
     * Whether the city holds the same place, among as many cities of its kind and between the same neighbours, in
     * each group: then the groups are, for this ranking, the same cities.
     */
    private static boolean sameGroupAndPlace(List<GroupComparison> groups, Metric metric) {
        Optional<RankPosition> place = groups.get(0).metric(metric).flatMap(MetricComparison::rank);
        return groups.stream()
                .allMatch(g -> g.metric(metric).flatMap(MetricComparison::rank).equals(place));
    }
}
