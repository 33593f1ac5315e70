package org.iccindex.practice;

import java.util.Objects;

/** Why an area counts as weak: the city is below {@code reference} (a group's mean, or the configured level). */
public record Shortfall(String text, double reference) {
    public Shortfall {
        Objects.requireNonNull(text, "text");
    }
}
