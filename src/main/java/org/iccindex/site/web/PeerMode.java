package org.iccindex.site.web;

import java.util.Arrays;
import java.util.Locale;

/** How the compare page forms the peer group of the first city. */
enum PeerMode {
    /** The cities in the same population band and the same foreign-born band. */
    BANDS,
    /** The cities of the same country. */
    COUNTRY,
    /** The cities picked by hand (with the first city itself). */
    PICKED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named by {@code code}; the default (same bands) when none or an unknown one is named. */
    static PeerMode of(String code) {
        return Arrays.stream(values())
                .filter(m -> code != null && m.code().equals(code.strip()))
                .findFirst()
                .orElse(BANDS);
    }
}
