package org.iccindex.site.api.v1;

import java.time.LocalDate;
import java.util.List;

/** The cities a query keeps that have a figure on {@code metric}, best first (ties share a rank). */
public record RankingList(
        String edition, LocalDate snapshot, MetricInfo metric, int sampleSize, int ranked, List<RankedCity> cities) {}
