package org.iccindex.site.api.v1;

/** One metric's value: {@code metric} is {@code aggregate}, {@code lens} or an area code. */
public record MetricValue(String metric, double exact, int shown) {}
