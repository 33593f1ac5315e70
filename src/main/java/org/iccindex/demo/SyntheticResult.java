package org.iccindex.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.iccindex.definition.AreaCode;

/** One synthetic row: a city's result in one round, with a whole-number score for every area of its edition. */
final class SyntheticResult {
    private final SyntheticCity city;
    private final Round round;
    private final Map<AreaCode, Integer> scores;

    SyntheticResult(SyntheticCity city, Round round, SampleAreas sampleAreas, Map<AreaCode, Integer> scores) {
        this.city = Objects.requireNonNull(city, "city");
        this.round = Objects.requireNonNull(round, "round");
        this.scores = new LinkedHashMap<>();
        Set<AreaCode> areas = Set.copyOf(sampleAreas.of(round.edition()));
        if (!areas.equals(scores.keySet())) {
            throw new IllegalArgumentException("scores for " + scores.keySet() + ", edition has " + areas);
        }
        scores.forEach(this::set);
    }

    SyntheticCity city() {
        return city;
    }

    Round round() {
        return round;
    }

    Edition edition() {
        return round.edition();
    }

    boolean has(AreaCode area) {
        return scores.containsKey(area);
    }

    int score(AreaCode area) {
        Integer score = scores.get(area);
        if (score == null) {
            throw new IllegalArgumentException(city.slug() + " has no " + area.value() + " in " + round.year());
        }
        return score;
    }

    void set(AreaCode area, int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of 0-100: " + score);
        }
        scores.put(area, score);
    }

    /** Moves a score one point up or down if it stays within 0-100; tells whether it moved. */
    boolean nudge(AreaCode area, int step) {
        int moved = score(area) + step;
        if (moved < 0 || moved > 100) {
            return false;
        }
        scores.put(area, moved);
        return true;
    }

    Map<AreaCode, Integer> scores() {
        return new LinkedHashMap<>(scores);
    }

    /** The aggregate index: the plain mean of the edition's areas (equal weights). */
    double aggregate() {
        return scores.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
