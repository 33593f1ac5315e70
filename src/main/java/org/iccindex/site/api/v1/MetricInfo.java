package org.iccindex.site.api.v1;

/** A metric of an edition: its code and name. */
public record MetricInfo(String code, I18nText name) {}
