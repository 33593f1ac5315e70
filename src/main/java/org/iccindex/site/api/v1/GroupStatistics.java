package org.iccindex.site.api.v1;

import java.util.List;

/**
 * One group of the sample and its statistics per metric. {@code kind}: {@code whole-sample}, {@code band},
 * {@code answered-area} (the cities that answered a new area) or {@code filtered} (the cities a query kept).
 */
public record GroupStatistics(String group, String kind, I18nText label, int members, List<StatisticsValues> metrics) {}
