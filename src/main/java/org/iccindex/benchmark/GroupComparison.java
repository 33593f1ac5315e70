package org.iccindex.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A city against one comparison group: the group's size and, per metric, the comparison. */
public record GroupComparison(ComparisonGroup group, int members, Map<Metric, MetricComparison> metrics) {
    public GroupComparison {
        metrics = Map.copyOf(metrics);
    }

    public Optional<MetricComparison> metric(Metric metric) {
        return Optional.ofNullable(metrics.get(metric));
    }

    /** Metrics in the given order, skipping those this comparison lacks. */
    public List<MetricComparison> in(List<Metric> order) {
        return order.stream().filter(metrics::containsKey).map(metrics::get).toList();
    }
}
