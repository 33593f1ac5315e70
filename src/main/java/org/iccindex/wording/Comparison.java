package org.iccindex.wording;

/**
 * How a city's figure stands against a reference (the city-sample result, a group mean, an earlier round), judged
 * on the whole numbers the reader sees. The scale is symmetric and calibrated on the published reports:
 *
 * <ul>
 *   <li>0 points: the same;
 *   <li>1-3 points: slightly higher / lower (within the spread of ordinary year-to-year movement);
 *   <li>4-5 points: just higher / lower (a small but clear gap);
 *   <li>6-11 points: higher / lower;
 *   <li>12 points and more: considerably higher / lower.
 * </ul>
 *
 * With these steps the 2020 Ansan report's wording is reproduced for every area where it gives both figures (+50,
 * +27, +20, +12 considerably higher; +4 just higher; +2 slightly higher; -3 slightly lower; -11 lower).
 */
public enum Comparison {
    CONSIDERABLY_LOWER,
    LOWER,
    JUST_LOWER,
    SLIGHTLY_LOWER,
    SAME,
    SLIGHTLY_HIGHER,
    JUST_HIGHER,
    HIGHER,
    CONSIDERABLY_HIGHER;

    /** Smallest gap, in points, of each step above "the same". */
    static final int SLIGHT = 1;

    static final int JUST = 4;
    static final int PLAIN = 6;
    static final int CONSIDERABLE = 12;

    /** The step for a difference of whole numbers ({@code city - reference}). */
    public static Comparison ofDifference(int difference) {
        int gap = Math.abs(difference);
        boolean higher = difference > 0;
        if (gap < SLIGHT) {
            return SAME;
        }
        if (gap < JUST) {
            return higher ? SLIGHTLY_HIGHER : SLIGHTLY_LOWER;
        }
        if (gap < PLAIN) {
            return higher ? JUST_HIGHER : JUST_LOWER;
        }
        if (gap < CONSIDERABLE) {
            return higher ? HIGHER : LOWER;
        }
        return higher ? CONSIDERABLY_HIGHER : CONSIDERABLY_LOWER;
    }

    /** The step for two figures as shown (each rounded half up to a whole number first). */
    public static Comparison of(double city, double reference) {
        return ofDifference(org.iccindex.scoring.Rounding.whole(city) - org.iccindex.scoring.Rounding.whole(reference));
    }

    public boolean isHigher() {
        return ordinal() > SAME.ordinal();
    }

    public boolean isLower() {
        return ordinal() < SAME.ordinal();
    }

    /** Key of the words in the wording bundle, e.g. {@code compare.considerably_higher}. */
    String key() {
        return "compare." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
