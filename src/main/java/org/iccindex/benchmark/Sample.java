package org.iccindex.benchmark;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sample: the latest result per city published on or before the snapshot date. */
public final class Sample {
    private static final Comparator<SampleEntry> LATEST =
            Comparator.comparing(SampleEntry::publishedOn).thenComparingInt(SampleEntry::round);

    private final LocalDate snapshot;
    private final List<SampleEntry> entries;
    private final Map<String, SampleEntry> byCity;

    private Sample(LocalDate snapshot, List<SampleEntry> entries) {
        this.snapshot = snapshot;
        this.entries = List.copyOf(entries);
        Map<String, SampleEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.city(), e));
        this.byCity = map;
    }

    public static Sample asOf(Collection<SampleEntry> results, LocalDate snapshot) {
        Map<String, SampleEntry> latest = new LinkedHashMap<>();
        for (SampleEntry entry : results) {
            if (entry.publishedOn().isAfter(snapshot)) {
                continue;
            }
            latest.merge(entry.city(), entry, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        return new Sample(snapshot, List.copyOf(latest.values()));
    }

    /** The same sample with {@code entry} standing for its city (e.g. to compare an earlier round of it). */
    public Sample with(SampleEntry entry) {
        Map<String, SampleEntry> replaced = new LinkedHashMap<>(byCity);
        replaced.put(entry.city(), entry);
        return new Sample(snapshot, List.copyOf(replaced.values()));
    }

    public LocalDate snapshot() {
        return snapshot;
    }

    public List<SampleEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public Optional<SampleEntry> entry(String city) {
        return Optional.ofNullable(byCity.get(city));
    }
}
