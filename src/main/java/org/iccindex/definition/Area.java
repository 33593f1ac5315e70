package org.iccindex.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A section of the questionnaire; scored areas carry a weight in the aggregate index. */
public record Area(
        AreaCode code,
        LocalizedText name,
        boolean scored,
        BigDecimal weight,
        LocalDate introduced,
        LocalizedText description) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(description, "description");
        if (scored && weight.signum() <= 0) {
            throw new IllegalArgumentException("weight of a scored area must be > 0: " + code);
        }
    }
}
