package org.iccindex.benchmark;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of a group in name order, where each city sits in that order, and each member's place in the sample.
 * Built once per group and shared by the group's rankings of every metric.
 */
final class Roster {
    /** The order of cities that tie: by name, then by slug, so that it is stable. */
    static final Comparator<SampleEntry> BY_NAME =
            Comparator.comparing(SampleEntry::name).thenComparing(SampleEntry::city);

    private final List<SampleEntry> byName;
    private final int[] sampleIndex;
    private final Map<String, Integer> indexOfCity;

    /** @param sampleIndex for each of {@code members}, its index in the sample (the row of its metric columns) */
    Roster(List<SampleEntry> members, int[] sampleIndex) {
        Integer[] order = new Integer[members.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(members::get, BY_NAME));
        SampleEntry[] entries = new SampleEntry[order.length];
        this.sampleIndex = new int[order.length];
        this.indexOfCity = new HashMap<>(order.length * 2);
        for (int i = 0; i < order.length; i++) {
            entries[i] = members.get(order[i]);
            this.sampleIndex[i] = sampleIndex[order[i]];
            indexOfCity.put(entries[i].city(), i);
        }
        this.byName = List.of(entries);
    }

    /** A roster of members that are not part of a sample: their rows are their own indices. */
    static Roster of(List<SampleEntry> members) {
        int[] rows = new int[members.size()];
        Arrays.setAll(rows, i -> i);
        return new Roster(members, rows);
    }

    int size() {
        return byName.size();
    }

    SampleEntry get(int index) {
        return byName.get(index);
    }

    /** The member's index in name order, or -1. */
    int indexOf(String city) {
        Integer index = indexOfCity.get(city);
        return index == null ? -1 : index;
    }

    /** The member's values of one metric, in name order, read from a column indexed by sample row (NaN: none). */
    double[] values(double[] column) {
        double[] values = new double[sampleIndex.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = column[sampleIndex[i]];
        }
        return values;
    }

    /** A metric's column for {@code entries} (NaN where an entry has no value), read once for every group. */
    static double[] column(List<SampleEntry> entries, Metric metric) {
        double[] column = new double[entries.size()];
        for (int i = 0; i < column.length; i++) {
            Double value = entries.get(i).values().get(metric);
            column[i] = value == null ? Double.NaN : value;
        }
        return column;
    }
}
