package org.iccindex.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.scoring.Rounding;

/** The cities of a group that have a metric, best first, with competition ranks (1, 2, 2, 4). */
public final class Ranking {
    private final Metric metric;
    private final List<SampleEntry> ordered;
    private final double[] keys;
    private final int[] positions;
    private final Map<String, Integer> indexOfCity;

    private Ranking(Metric metric, List<SampleEntry> ordered, double[] keys) {
        this.metric = metric;
        this.ordered = ordered;
        this.keys = keys;
        this.positions = new int[ordered.size()];
        this.indexOfCity = new HashMap<>(ordered.size() * 2);
        for (int i = 0; i < ordered.size(); i++) {
            positions[i] = i > 0 && keys[i] == keys[i - 1] ? positions[i - 1] : i + 1;
            indexOfCity.put(ordered.get(i).city(), i);
        }
    }

    public static Ranking of(List<SampleEntry> members, Metric metric, TiePolicy ties) {
        List<SampleEntry> ranked = new ArrayList<>(members.size());
        for (SampleEntry entry : members) {
            if (entry.values().containsKey(metric)) {
                ranked.add(entry);
            }
        }
        ranked.sort(Comparator.comparingDouble((SampleEntry e) -> key(e, metric, ties))
                .reversed()
                .thenComparing(SampleEntry::name)
                .thenComparing(SampleEntry::city));
        double[] keys = new double[ranked.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(ranked.get(i), metric, ties);
        }
        return new Ranking(metric, List.copyOf(ranked), keys);
    }

    private static double key(SampleEntry entry, Metric metric, TiePolicy ties) {
        double value = entry.values().get(metric);
        return ties == TiePolicy.WHOLE_NUMBERS ? Rounding.whole(value) : value;
    }

    public Metric metric() {
        return metric;
    }

    /** The ranked cities, best first. */
    public List<SampleEntry> ordered() {
        return ordered;
    }

    public int size() {
        return ordered.size();
    }

    /** The city's position with up to {@code neighbours} cities on each side; empty if it has no value here. */
    public Optional<RankPosition> positionOf(String city, int neighbours) {
        Integer index = indexOfCity.get(city);
        if (index == null) {
            return Optional.empty();
        }
        int first = index;
        while (first > 0 && keys[first - 1] == keys[index]) {
            first--;
        }
        int last = index;
        while (last < keys.length - 1 && keys[last + 1] == keys[index]) {
            last++;
        }
        List<RankPosition.Neighbour> ahead = new ArrayList<>();
        for (int i = last + 1; i < ordered.size() && ahead.size() < neighbours; i++) {
            ahead.add(neighbour(i));
        }
        List<RankPosition.Neighbour> behind = new ArrayList<>();
        for (int i = first - 1; i >= 0 && behind.size() < neighbours; i--) {
            behind.add(neighbour(i));
        }
        return Optional.of(new RankPosition(positions[index], ordered.size(), ahead, behind));
    }

    private RankPosition.Neighbour neighbour(int index) {
        SampleEntry entry = ordered.get(index);
        return new RankPosition.Neighbour(
                entry.city(), entry.name(), entry.values().get(metric));
    }
}
