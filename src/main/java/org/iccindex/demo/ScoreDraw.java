package org.iccindex.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.iccindex.definition.AreaCode;

/**
 * Draws area scores. A city's scores are correlated: each is the area's sample average, plus the city's strength
 * (shared by all its areas), plus noise of its own; whole numbers in 0-100 as published. Rounds before or after
 * another differ by a mostly positive progress per area.
 */
final class ScoreDraw {
    /** Standard deviation of the city-level part and of the area-level part (about 16 together). */
    private static final double CITY_SPREAD = 11;

    private static final double AREA_SPREAD = 12;

    /** Progress per area between two rounds three years apart: mean and spread, in points. */
    private static final double PROGRESS_MEAN = 5;

    private static final double PROGRESS_SPREAD = 6;

    private ScoreDraw() {}

    /** Scores for every area of an edition, for a city of the given strength (in standard deviations). */
    static Map<AreaCode, Integer> fresh(SampleAreas areas, Edition edition, double strength, Random random) {
        Map<AreaCode, Integer> scores = new LinkedHashMap<>();
        for (AreaCode area : areas.of(edition)) {
            scores.put(area, draw(area, strength, random));
        }
        return scores;
    }

    /**
     * Scores of the round after ({@code forward}) or before another round: every area the other round has moves by
     * the progress; an area it does not have (one introduced in 2019) is drawn afresh, a little ahead.
     */
    static Map<AreaCode, Integer> progressed(
            SampleAreas areas,
            Map<AreaCode, Integer> other,
            Edition edition,
            boolean forward,
            double strength,
            Random random) {
        Map<AreaCode, Integer> scores = new LinkedHashMap<>();
        for (AreaCode area : areas.of(edition)) {
            Integer known = other.get(area);
            if (known == null) {
                scores.put(area, clamp(draw(area, strength, random) + PROGRESS_MEAN));
            } else {
                double progress = PROGRESS_MEAN + PROGRESS_SPREAD * random.nextGaussian();
                scores.put(area, clamp(known + (forward ? progress : -progress)));
            }
        }
        return scores;
    }

    private static int draw(AreaCode area, double strength, Random random) {
        return clamp(AreaAverages.of(area) + CITY_SPREAD * strength + AREA_SPREAD * random.nextGaussian());
    }

    private static int clamp(double score) {
        return (int) Math.max(0, Math.min(100, Math.round(score)));
    }
}
