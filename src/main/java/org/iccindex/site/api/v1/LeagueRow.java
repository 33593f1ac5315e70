package org.iccindex.site.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A city's latest published result as of the snapshot, with every metric of the edition it has a figure for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeagueRow(
        @Nullable Integer rank,
        String city,
        String name,
        String country,
        boolean synthetic,
        String origin,
        String edition,
        int round,
        LocalDate publishedOn,
        @Nullable BigDecimal population,
        @Nullable BigDecimal foreignBornPct,
        List<MetricValue> values) {}
