package org.iccindex.site.api.v1;

import java.time.LocalDate;
import java.util.List;

/**
 * The league: every city's latest published result as of {@code snapshot} that the query keeps, in the query's
 * order; {@code rankedOn} is the metric of the {@code rank} field; {@code statistics} are over the cities listed.
 */
public record LeagueResults(
        String edition,
        LocalDate snapshot,
        int sampleSize,
        int count,
        String rankedOn,
        List<MetricInfo> metrics,
        List<LeagueRow> cities,
        List<StatisticsValues> statistics) {}
