package org.iccindex.definition;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One comparison band on an axis: {@code lower} inclusive, {@code upper} exclusive; an open end is empty.
 * {@code index} orders the bands of an axis from 0.
 */
public record Band(BandAxis axis, int index, Optional<BigDecimal> lower, Optional<BigDecimal> upper) {
    public Band {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }

    /** A stable code such as {@code population-200000-500000} or {@code foreign_born-20-}. */
    public String code() {
        return axis.name().toLowerCase(java.util.Locale.ROOT)
                + "-" + lower.map(BigDecimal::toPlainString).orElse("")
                + "-" + upper.map(BigDecimal::toPlainString).orElse("");
    }

    public boolean contains(BigDecimal value) {
        return lower.map(l -> value.compareTo(l) >= 0).orElse(true)
                && upper.map(u -> value.compareTo(u) < 0).orElse(true);
    }
}
