package org.iccindex.site.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published result as stored, under its own edition: area scores, the lens and aggregate (as published, or
 * computed where the method allows), the city's profile figures, the origin ({@code published}, {@code synthetic}
 * or {@code computed}), the scoring method and the source. {@code notPublished}: the areas of the edition a published
 * result gives no figure for (not the same as an area a city did not answer). {@code computed}: on a published result,
 * the figures computed from the round's answers where the round was answered, as stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultRecord(
        String city,
        String name,
        String country,
        boolean synthetic,
        String edition,
        int round,
        LocalDate publishedOn,
        String publishedLabel,
        String origin,
        String method,
        @Nullable Long population,
        @Nullable BigDecimal foreignBornPct,
        @Nullable BigDecimal nonNationalPct,
        @Nullable Figure aggregate,
        @Nullable Figure lens,
        List<MetricValue> areas,
        @Nullable String source,
        @Nullable List<String> notPublished,
        @Nullable ComputedSet computed,
        String href) {}
