package org.iccindex.site.api.v1;

import java.time.LocalDate;
import java.util.List;

/** The sample as of {@code snapshot} under an edition, and the statistics of its groups. */
public record StatisticsReport(
        String edition, LocalDate snapshot, int sampleSize, List<MetricInfo> metrics, List<GroupStatistics> groups) {}
