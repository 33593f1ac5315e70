package org.iccindex.site.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** A city's figure on one metric, the group's statistics on it and the city's rank in the group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricBenchmark(
        String metric,
        @Nullable Figure value,
        @Nullable StatisticsValues statistics,
        @Nullable Rank rank) {}
