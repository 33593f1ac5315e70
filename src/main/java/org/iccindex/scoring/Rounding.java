package org.iccindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact values are kept; reports show whole numbers, rounded half up (85.83 shows as 86, 79.5 as 80). */
public final class Rounding {
    private Rounding() {}

    public static int whole(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
