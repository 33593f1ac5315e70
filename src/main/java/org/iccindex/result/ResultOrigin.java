package org.iccindex.result;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a result's figures come from. */
public enum ResultOrigin {
    /** Published by the programme or quoted by a public source; imported as scores, with the source. */
    PUBLISHED,
    /** Generated demo data for fictional cities; imported as scores and marked synthetic everywhere. */
    SYNTHETIC,
    /** Computed by this application from a city's answers. */
    COMPUTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResultOrigin> byCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst();
    }
}
