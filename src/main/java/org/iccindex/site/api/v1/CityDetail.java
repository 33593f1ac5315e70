package org.iccindex.site.api.v1;

import java.util.List;

/** A city and each of its published results, oldest first. */
public record CityDetail(String slug, String name, String country, boolean synthetic, List<ResultRecord> rounds) {}
