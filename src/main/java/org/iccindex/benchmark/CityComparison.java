package org.iccindex.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One city's result against the sample of a snapshot date: the whole sample first, then its population band,
 * its foreign-born band, and the cities that answered each new area the city answered.
 */
public record CityComparison(
        SampleEntry city, LocalDate snapshot, int sampleSize, List<Metric> metrics, List<GroupComparison> groups) {
    public CityComparison {
        metrics = List.copyOf(metrics);
        groups = List.copyOf(groups);
    }

    public Optional<GroupComparison> group(ComparisonGroup group) {
        return groups.stream().filter(g -> g.group().equals(group)).findFirst();
    }

    public GroupComparison wholeSample() {
        return groups.get(0);
    }
}
