package org.iccindex.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A section of the questionnaire; scored areas carry a weight in the aggregate index. {@code continues}: codes of
 * earlier editions' areas this one carries on under a new name, compared with it in benchmarks.
 */
public record Area(
        AreaCode code,
        LocalizedText name,
        boolean scored,
        BigDecimal weight,
        LocalDate introduced,
        LocalizedText description,
        List<AreaCode> continues) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(description, "description");
        continues = List.copyOf(continues);
        if (scored && weight.signum() <= 0) {
            throw new IllegalArgumentException("weight of a scored area must be > 0: " + code);
        }
    }
}
