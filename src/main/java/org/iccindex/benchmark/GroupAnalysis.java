package org.iccindex.benchmark;

import java.util.ArrayList;
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

    GroupAnalysis(ComparisonGroup group, List<SampleEntry> sample, List<Metric> metrics, TiePolicy ties) {
        this.group = group;
        List<SampleEntry> included = new ArrayList<>();
        for (SampleEntry entry : sample) {
            if (group.includes(entry)) {
                included.add(entry);
            }
        }
        this.members = List.copyOf(included);
        included.sort(Ranking.BY_NAME);
        for (Metric metric : metrics) {
            Ranking ranking = Ranking.ofNameOrdered(included, metric, ties);
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
