package org.iccindex.site.api.v1;

import java.util.List;

/** An indicator: its areas; a composite one (the intercultural lens) is the plain mean of its areas. */
public record IndicatorInfo(String code, I18nText name, boolean composite, List<String> areas) {}
