package org.iccindex.benchmark;

import java.util.Optional;
import java.util.OptionalDouble;

/** A city's value on one metric next to its group's statistics and its rank in that group. */
public record MetricComparison(
        Metric metric, OptionalDouble value, Optional<Stats> stats, Optional<RankPosition> rank) {}
