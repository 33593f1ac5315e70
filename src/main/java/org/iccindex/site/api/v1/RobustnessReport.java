package org.iccindex.site.api.v1;

import java.time.LocalDate;
import java.util.List;

/**
 * Rank robustness of the sample as of a date: how the method variants are drawn, every ranked city's interval, and
 * the results left out because they lack area scores the aggregate needs.
 */
public record RobustnessReport(
        String edition,
        LocalDate snapshot,
        int sampleSize,
        RobustnessMethodInfo method,
        List<RankIntervalInfo> intervals,
        List<LeftOut> leftOut) {

    /** The settings the intervals were computed with. */
    public record RobustnessMethodInfo(
            int draws, long seed, String prng, double weightSpread, double geometricShare, String interval) {}

    /**
     * A city's ranks among the {@code outOf} cities of its kind: {@code rank} with the edition's own method, the
     * {@code median} over the variants and the interval {@code low}-{@code high} holding 90 % of them.
     */
    public record RankIntervalInfo(
            String city, String name, boolean synthetic, int outOf, int rank, int median, int low, int high) {}

    /** A result without an interval and the area scores it lacks. */
    public record LeftOut(String city, boolean synthetic, List<String> missing) {}
}
