package org.iccindex.site.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An edition's definition in summary: indicators, scored areas with their weights and questions, and bands. */
public record EditionDefinition(
        String id,
        I18nText title,
        LocalDate inForceFrom,
        boolean current,
        List<String> languages,
        BigDecimal totalWeight,
        List<IndicatorInfo> indicators,
        List<AreaInfo> areas,
        List<BandInfo> populationBands,
        List<BandInfo> foreignBornBands) {}
