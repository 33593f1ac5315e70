package org.iccindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact values are kept; reports show whole numbers, rounded half up (85.83 shows as 86, 79.5 as 80). */
public final class Rounding {
    private Rounding() {}

    public static int whole(double value) {
        // Fast path, as benchmarks round every value of every ranking: for 0 <= value < 2^31 every x.5 is a double,
        // so Math.round (ties towards +infinity) is exactly half up, as the decimal path below.
        if (value >= 0 && value < Integer.MAX_VALUE) {
            return (int) Math.round(value);
        }
        // negatives round half away from zero (-2.5 -> -3); NaN and values beyond int throw
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
