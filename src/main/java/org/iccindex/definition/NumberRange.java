package org.iccindex.definition;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a number or percentage question accepts, from its definition's {@code min} and {@code max} (both
 * inclusive, each optional). Answers outside are refused where they enter, with the question named.
 */
public record NumberRange(Optional<BigDecimal> min, Optional<BigDecimal> max) {
    /** No bound of its own (the answer checks' general limits still apply). */
    public static final NumberRange ANY = new NumberRange(Optional.empty(), Optional.empty());

    public NumberRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new IllegalArgumentException("min " + min.get() + " is above max " + max.get());
        }
    }

    /** Empty when {@code value} lies within the range, else the sentence saying which bound it breaks. */
    public Optional<String> problem(BigDecimal value) {
        if (min.isPresent() && value.compareTo(min.get()) < 0) {
            return Optional.of("the smallest accepted value is " + min.get().toPlainString());
        }
        if (max.isPresent() && value.compareTo(max.get()) > 0) {
            return Optional.of("the largest accepted value is " + max.get().toPlainString());
        }
        return Optional.empty();
    }
}
