package org.iccindex.definition;

import java.math.BigDecimal;
import java.util.Objects;

/** For numeric questions: a value at or above {@code atLeast} earns {@code points}. */
public record Threshold(BigDecimal atLeast, int points) {
    public Threshold {
        Objects.requireNonNull(atLeast, "threshold value");
        if (points < 0) {
            throw new IllegalArgumentException("threshold points must be >= 0");
        }
    }
}
