package org.iccindex.scoring;

import java.util.Objects;
import java.util.OptionalDouble;
import org.iccindex.definition.AreaCode;

/**
 * One area's result: points earned out of the maximum, and the score 0-100 (exact). The score is empty when no
 * question of the area was answered: the area is then left out of every mean.
 */
public record AreaScore(AreaCode area, int earned, int max, int answered, int questions, OptionalDouble score) {
    public AreaScore {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(score, "score");
    }

    public boolean isAnswered() {
        return score.isPresent();
    }
}
