package org.iccindex.scoring;

import java.util.Arrays;
import java.util.Optional;

/** How a stored result was produced; recorded with every result so any figure can be recomputed. */
public enum ScoringMethod {
    /**
     * Computed from answers: area = 100 x earned / maximum points; lens = mean of its areas; aggregate = weighted
     * mean of the answered areas (docs/definition-format.md).
     */
    POINTS_RATIO_V1("points-ratio/1"),
    /**
     * Area scores imported as given, without answers (figures a source published, or synthetic demo scores); lens
     * and aggregate as published where given, else recomputed by the rules of {@link #POINTS_RATIO_V1}.
     */
    IMPORTED("imported-scores");

    private final String id;

    ScoringMethod(String id) {
        this.id = id;
    }

    /** The identifier stored with results and shown in exports. */
    public String id() {
        return id;
    }

    public static Optional<ScoringMethod> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
