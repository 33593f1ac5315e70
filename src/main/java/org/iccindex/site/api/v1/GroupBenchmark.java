package org.iccindex.site.api.v1;

import java.util.List;

/** A city against one comparison group of the sample. */
public record GroupBenchmark(String group, String kind, I18nText label, int members, List<MetricBenchmark> metrics) {}
