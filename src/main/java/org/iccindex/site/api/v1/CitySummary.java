package org.iccindex.site.api.v1;

import java.time.LocalDate;

/** A city with at least one published result, and its latest round. */
public record CitySummary(
        String slug,
        String name,
        String country,
        boolean synthetic,
        int rounds,
        int latestRound,
        String latestEdition,
        LocalDate latestPublishedOn,
        String href) {}
