package org.iccindex.site.api.v1;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters shared by {@code /results}, {@code /rankings}, {@code /statistics} and the downloads. Every
 * one is optional; a value that cannot be used is refused with 400, naming the parameter and what it accepts.
 */
public record LeagueFilter(
        @Parameter(
                description = "Edition whose areas and bands are used (e.g. icc-2019; default: the edition in force)."
                        + " On /results, /rankings and the downloads it also keeps only the results"
                        + " of that edition.")
        @Nullable
        String edition,

        @Parameter(
                description = "Snapshot date YYYY-MM-DD: the sample is each city's latest result published on"
                        + " or before it (default: today).")
        @Nullable
        String snapshot,

        @Parameter(description = "Keep only results of this round year, e.g. 2020.") @Nullable
        String round,

        @Parameter(
                description = "Keep only cities of this population band (code from /editions/{edition}), e.g."
                        + " population-500000-.")
        @Nullable
        String population,

        @Parameter(description = "Keep only cities of this foreign-born band, e.g. foreign_born-10-15.") @Nullable
        String foreignBorn,

        @Parameter(description = "Keep only cities of this country, e.g. Norway.") @Nullable
        String country,

        @Parameter(description = "Keep only results of this origin: published, synthetic or computed.") @Nullable
        String origin) {}
