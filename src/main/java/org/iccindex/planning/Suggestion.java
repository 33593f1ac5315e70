package org.iccindex.planning;

import java.util.Objects;

/**
 * A change with the metric's exact value before and after it, both computed by the scoring engine. {@code before}
 * is 0 when the metric has no value yet (an area with no answered question).
 */
public record Suggestion(Change change, double before, double after) {
    public Suggestion {
        Objects.requireNonNull(change, "change");
    }

    /** The exact gain: {@code after - before}. */
    public double gain() {
        return after - before;
    }
}
