package org.iccindex.site.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One round of a city against the sample as of {@code snapshot} (by default the day the round was published), under
 * the round's own edition: the whole sample, the city's bands, and for new areas the cities that answered them.
 * {@code benchmark}: {@code published} for a real city's round set against the averages its own report published
 * (the default where there are some: then no group, no rank and no rank statement, only
 * {@code publishedBenchmark}), {@code sample} for the held sample, which includes the demo's fictional cities.
 * {@code correctedOn}: the day the current version of the result replaced an earlier one (null when never
 * corrected, and then left out); {@code versions}: every version of the result, oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CityRound(
        ResultRecord result,
        String benchmarkEdition,
        String benchmark,
        LocalDate snapshot,
        int sampleSize,
        List<MetricInfo> metrics,
        List<GroupBenchmark> groups,
        List<I18nText> rankStatements,
        @Nullable PublishedBenchmark publishedBenchmark,
        @Nullable LocalDate correctedOn,
        List<ResultVersionInfo> versions) {}
