package org.iccindex.site.data;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.benchmark.Ranking;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.benchmark.SampleStatistics;
import org.iccindex.benchmark.Stats;
import org.iccindex.benchmark.TiePolicy;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.Rounding;

/**
 * The rows of a league: the sample's entries a query keeps, ranked on the sorted metric (or the aggregate when
 * sorted on a name), in the query's order, with the statistics of the rows kept. Ties share a rank.
 */
public record League(
        LeagueQuery query, SampleAnalysis analysis, Metric rankedOn, List<Row> rows, Map<Metric, Stats> stats) {

    /** One city: its entry in the sample, the stored result it stands for, and its rank (if it has the metric). */
    public record Row(SampleEntry entry, Optional<StoredResult> result, OptionalInt rank) {}

    public League {
        rows = List.copyOf(rows);
        stats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stats));
    }

    public static League of(Dataset data, SampleAnalysis analysis, LeagueQuery query) {
        List<SampleEntry> kept = new ArrayList<>();
        Map<String, Optional<StoredResult>> results = new LinkedHashMap<>();
        for (SampleEntry entry : analysis.sample().entries()) {
            Optional<StoredResult> result = data.resultOf(entry);
            if (query.keeps(entry, result)) {
                kept.add(entry);
                results.put(entry.city(), result);
            }
        }
        Metric rankedOn = query.sort().metric().orElse(Metric.AGGREGATE);
        Ranking ranking = Ranking.of(kept, rankedOn, TiePolicy.WHOLE_NUMBERS);
        List<SampleEntry> ordered = new ArrayList<>(kept);
        ordered.sort(order(query.sort()));
        List<Row> rows = new ArrayList<>(ordered.size());
        for (SampleEntry entry : ordered) {
            OptionalInt rank = ranking.positionOf(entry.city(), 0)
                    .map(RankPosition::position)
                    .map(OptionalInt::of)
                    .orElse(OptionalInt.empty());
            rows.add(new Row(entry, results.get(entry.city()), rank));
        }
        Map<Metric, Stats> stats = new LinkedHashMap<>();
        for (Metric metric : analysis.metrics()) {
            statistics(kept, metric).ifPresent(s -> stats.put(metric, s));
        }
        return new League(query, analysis, rankedOn, rows, stats);
    }

    /** N, mean, median, quartiles, min and max of a metric over some entries (those that have it). */
    public static Optional<Stats> statistics(List<SampleEntry> entries, Metric metric) {
        double[] values = entries.stream()
                .filter(e -> e.values().containsKey(metric))
                .mapToDouble(e -> e.values().get(metric))
                .toArray();
        return SampleStatistics.of(values);
    }

    public List<SampleEntry> entries() {
        return rows.stream().map(Row::entry).toList();
    }

    private static Comparator<SampleEntry> order(Sort sort) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        Comparator<SampleEntry> byName =
                Comparator.comparing(SampleEntry::name, collator).thenComparing(SampleEntry::city);
        Comparator<SampleEntry> primary;
        switch (sort.column()) {
            case CITY -> primary = byName;
            case COUNTRY -> primary = Comparator.comparing(SampleEntry::country, collator);
            case ROUND -> primary = Comparator.comparingInt(SampleEntry::round);
            default -> {
                Metric metric = sort.metric().orElseThrow();
                // cities without the figure come last whichever the direction
                Comparator<SampleEntry> missingLast =
                        Comparator.comparing(e -> !e.values().containsKey(metric));
                Comparator<SampleEntry> byValue =
                        Comparator.comparingInt(e -> e.value(metric).isPresent()
                                ? Rounding.whole(e.value(metric).getAsDouble())
                                : -1);
                return missingLast
                        .thenComparing(sort.descending() ? byValue.reversed() : byValue)
                        .thenComparing(byName);
            }
        }
        return (sort.descending() ? primary.reversed() : primary).thenComparing(byName);
    }
}
