package org.iccindex.site.api.v1;

import java.time.LocalDate;

/** A city's place in a ranking, with the round that stands for it in the sample. */
public record RankedCity(
        int rank,
        String city,
        String name,
        String country,
        boolean synthetic,
        String origin,
        String edition,
        int round,
        LocalDate publishedOn,
        double exact,
        int shown) {}
