package org.iccindex.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Statistics and rankings of every metric over one comparison group. */
public final class GroupAnalysis {
    private final ComparisonGroup group;
    private final List<SampleEntry> members;
    private final Map<Metric, Stats> stats = new LinkedHashMap<>();
    private final Map<Metric, Ranking> rankings = new LinkedHashMap<>();

    /**
     * @param columns each metric's values over {@code sample}, by sample index (NaN: none), as {@link
     *     Roster#column} reads them
     */
    GroupAnalysis(
            ComparisonGroup group,
            List<SampleEntry> sample,
            List<Metric> metrics,
            Map<Metric, double[]> columns,
            TiePolicy ties) {
        this.group = group;
        List<SampleEntry> included = new ArrayList<>();
        int[] rows = new int[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            if (group.includes(sample.get(i))) {
                rows[included.size()] = i;
                included.add(sample.get(i));
            }
        }
        this.members = List.copyOf(included);
        Roster roster = new Roster(members, Arrays.copyOf(rows, included.size()));
        for (Metric metric : metrics) {
            Ranking ranking = Ranking.of(roster, roster.values(columns.get(metric)), metric, ties);
            rankings.put(metric, ranking);
            SampleStatistics.of(ranking.values()).ifPresent(s -> stats.put(metric, s));
        }
    }

    public ComparisonGroup group() {
        return group;
    }

    /** Every city of the sample in this group, whatever figures it has. */
    public List<SampleEntry> members() {
        return members;
    }

    public Optional<Stats> stats(Metric metric) {
        return Optional.ofNullable(stats.get(metric));
    }

    public Optional<Ranking> ranking(Metric metric) {
        return Optional.ofNullable(rankings.get(metric));
    }
}
