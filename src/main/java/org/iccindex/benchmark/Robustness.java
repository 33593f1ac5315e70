package org.iccindex.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outcome of {@link RankRobustness}: each competing city's interval, and the cities left out. */
public record Robustness(
        RobustnessSettings settings, List<RankInterval> intervals, List<RobustnessInput.Excluded> excluded) {
    public Robustness {
        intervals = List.copyOf(intervals);
        excluded = List.copyOf(excluded);
    }

    public Optional<RankInterval> of(String city) {
        return intervals.stream().filter(i -> i.city().equals(city)).findFirst();
    }

    public Optional<RobustnessInput.Excluded> exclusion(String city) {
        return excluded.stream().filter(e -> e.city().equals(city)).findFirst();
    }

    /** The intervals by city, for pages that show many. */
    public Map<String, RankInterval> byCity() {
        Map<String, RankInterval> map = new LinkedHashMap<>();
        intervals.forEach(i -> map.put(i.city(), i));
        return map;
    }
}
