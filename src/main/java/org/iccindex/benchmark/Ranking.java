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
    /** The order of cities that tie: by name, then by slug, so that it is stable. */
    static final Comparator<SampleEntry> BY_NAME =
            Comparator.comparing(SampleEntry::name).thenComparing(SampleEntry::city);

    private static final Comparator<Keyed> HIGHEST_FIRST =
            Comparator.comparingDouble(Keyed::key).reversed();

    private final Metric metric;
    private final List<SampleEntry> ordered;
    /** The exact value of each ranked city, in ranking order. */
    private final double[] values;

    private final int[] positions;
    /** For each index, the last index of the cities tied with it (itself when untied). */
    private final int[] lastOfTie;

    private final Map<String, Integer> indexOfCity;

    /** An entry with the value it is ranked on. */
    private record Keyed(SampleEntry entry, double value, double key) {}

    private Ranking(Metric metric, List<SampleEntry> ordered, double[] values, double[] keys) {
        this.metric = metric;
        this.ordered = ordered;
        this.values = values;
        this.positions = new int[ordered.size()];
        this.lastOfTie = new int[ordered.size()];
        this.indexOfCity = new HashMap<>(ordered.size() * 2);
        for (int i = 0; i < ordered.size(); i++) {
            positions[i] = i > 0 && keys[i] == keys[i - 1] ? positions[i - 1] : i + 1;
            indexOfCity.put(ordered.get(i).city(), i);
        }
        for (int i = ordered.size() - 1; i >= 0; i--) {
            lastOfTie[i] = i < ordered.size() - 1 && keys[i] == keys[i + 1] ? lastOfTie[i + 1] : i;
        }
    }

    public static Ranking of(List<SampleEntry> members, Metric metric, TiePolicy ties) {
        List<SampleEntry> byName = new ArrayList<>(members);
        byName.sort(BY_NAME);
        return ofNameOrdered(byName, metric, ties);
    }

    /**
     * As {@link #of}, for members already in {@link #BY_NAME} order, so that a group sorts its cities by name once
     * for all its metrics: the sort by value is stable and keeps that order among ties. Each key is computed once
     * (rounding in the comparator cost more than the sort itself).
     */
    static Ranking ofNameOrdered(List<SampleEntry> byName, Metric metric, TiePolicy ties) {
        List<Keyed> ranked = new ArrayList<>(byName.size());
        for (SampleEntry entry : byName) {
            Double value = entry.values().get(metric);
            if (value != null) {
                ranked.add(new Keyed(entry, value, ties == TiePolicy.WHOLE_NUMBERS ? Rounding.whole(value) : value));
            }
        }
        ranked.sort(HIGHEST_FIRST);
        List<SampleEntry> ordered = new ArrayList<>(ranked.size());
        double[] values = new double[ranked.size()];
        double[] keys = new double[ranked.size()];
        for (int i = 0; i < keys.length; i++) {
            ordered.add(ranked.get(i).entry());
            values[i] = ranked.get(i).value();
            keys[i] = ranked.get(i).key();
        }
        return new Ranking(metric, List.copyOf(ordered), values, keys);
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

    /** The exact values of the ranked cities, best first; not to be modified. */
    double[] values() {
        return values;
    }

    /** The city's position with up to {@code neighbours} cities on each side; empty if it has no value here. */
    public Optional<RankPosition> positionOf(String city, int neighbours) {
        Integer index = indexOfCity.get(city);
        if (index == null) {
            return Optional.empty();
        }
        // ties share the position of the first of them, so that is where the tie starts
        int first = positions[index] - 1;
        int last = lastOfTie[index];
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
        return new RankPosition.Neighbour(entry.city(), entry.name(), values[index]);
    }
}
