package org.iccindex.definition;

import java.util.Objects;

/** An answer option of a choice question and the points it earns. */
public record Option(String code, LocalizedText label, int points) {
    public Option {
        Objects.requireNonNull(code, "option code");
        Objects.requireNonNull(label, "option label");
        if (points < 0) {
            throw new IllegalArgumentException("option points must be >= 0: " + code);
        }
    }
}
