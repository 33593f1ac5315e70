package org.iccindex.site.api.v1;

import java.util.List;

/** Every city with a published result, by name. */
public record CityList(int count, List<CitySummary> cities) {}
