package org.iccindex.practice;

/**
 * How the recommendation engine decides (plain values; the application reads them from {@code icc.practice.*}).
 *
 * <ul>
 *   <li>An area is <b>weak</b> when the city's score is below the mean of one of its comparison groups (the whole
 *       sample, its population band, its foreign-born band, and for a new area the cities that answered it) by more
 *       than {@code margin} points, or below {@code weakLevel} whatever the means.
 *   <li>A peer <b>scores high</b> on an area when its score there is at least {@code strongLevel} and above the
 *       city's own.
 *   <li>At most {@code perArea} suggestions per area (an analyst's pinned ones come on top).
 *   <li>The similarity weights (see {@link Similarity}) and {@code foreignBornScale}, the difference in foreign-born
 *       share (percentage points) at which that component reaches 0.
 * </ul>
 */
public record RecommendationSettings(
        double weakLevel,
        double strongLevel,
        double margin,
        int perArea,
        double populationWeight,
        double foreignBornWeight,
        double placeWeight,
        double strengthWeight,
        double foreignBornScale) {

    public static final RecommendationSettings DEFAULT =
            new RecommendationSettings(50, 75, 0, 3, 0.35, 0.25, 0.25, 0.15, 20);

    public RecommendationSettings {
        if (weakLevel < 0 || weakLevel > 100 || strongLevel < 0 || strongLevel > 100) {
            throw new IllegalArgumentException("icc.practice: weak-level and strong-level are scores from 0 to 100");
        }
        if (margin < 0) {
            throw new IllegalArgumentException("icc.practice.margin must be 0 or more points");
        }
        if (perArea < 1) {
            throw new IllegalArgumentException("icc.practice.per-area must be at least 1");
        }
        if (populationWeight < 0 || foreignBornWeight < 0 || placeWeight < 0 || strengthWeight < 0) {
            throw new IllegalArgumentException("icc.practice: similarity weights cannot be negative");
        }
        if (foreignBornScale <= 0) {
            throw new IllegalArgumentException("icc.practice.foreign-born-scale must be more than 0");
        }
    }
}
