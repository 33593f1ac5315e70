package org.iccindex.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iccindex.benchmark.CityComparison;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.MetricComparison;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.definition.Definition;

/**
 * The rank statements of one metric of a city, in words, as the report, the city page, the open-data API and the
 * command line all show them: each names the metric and the group it ranks in ("Its aggregate index ranks 2nd of
 * the 16 cities that answered the new indicators"); the cities that answered the new indicators, when they are the
 * same cities for each of them and the city holds the same place, make one statement, not one per indicator; in a
 * group that mixes real and fictional cities the statement says which kind it counts.
 */
public final class RankStatements {
    private RankStatements() {}

    public static List<String> of(CityComparison comparison, Metric metric, Definition definition, Wording words) {
        boolean synthetic = comparison.city().synthetic();
        List<String> statements = new ArrayList<>();
        List<GroupComparison> answered = new ArrayList<>();
        for (GroupComparison group : comparison.groups()) {
            if (group.group() instanceof ComparisonGroup.AnsweredArea) {
                answered.add(group);
                continue;
            }
            statement(group, metric, Optional.of(group.group()), definition, words, synthetic)
                    .ifPresent(statements::add);
        }
        if (answered.size() > 1 && sameGroupAndPlace(answered, metric)) {
            statement(answered.get(0), metric, Optional.empty(), definition, words, synthetic)
                    .ifPresent(statements::add);
        } else {
            for (GroupComparison group : answered) {
                statement(group, metric, Optional.of(group.group()), definition, words, synthetic)
                        .ifPresent(statements::add);
            }
        }
        return statements;
    }

    private static Optional<String> statement(
            GroupComparison group,
            Metric metric,
            Optional<ComparisonGroup> named,
            Definition definition,
            Wording words,
            boolean synthetic) {
        Optional<MetricComparison> m = group.metric(metric);
        Optional<RankPosition> rank = m.flatMap(MetricComparison::rank);
        if (rank.isEmpty() || rank.get().outOf() < 2) {
            return Optional.empty(); // "1st of 1" ranks nothing: the city is the only one of its kind in the group
        }
        int withFigure = m.flatMap(MetricComparison::stats)
                .map(s -> s.n())
                .orElse(rank.get().outOf());
        Wording.Among among = Wording.Among.of(withFigure, rank.get(), synthetic);
        return Optional.of(words.rankStatement(metric, rank.get(), named, definition, among));
    }

    /**
     * Whether the city holds the same place, among as many cities of its kind and between the same neighbours, in
     * each group: then the groups are, for this ranking, the same cities.
     */
    private static boolean sameGroupAndPlace(List<GroupComparison> groups, Metric metric) {
        GroupComparison first = groups.get(0);
        Optional<RankPosition> place = first.metric(metric).flatMap(MetricComparison::rank);
        return groups.stream()
                .allMatch(g -> g.metric(metric).flatMap(MetricComparison::rank).equals(place));
    }
}
