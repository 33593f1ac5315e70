package org.iccindex.report;

import java.util.Objects;

/** A row of the conclusions table: an area, the city's figure against the sample, what it achieves and what to improve. */
public record ConclusionRow(String area, String figures, Paragraph achieves, Paragraph improve) {
    public ConclusionRow {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(achieves, "achieves");
        Objects.requireNonNull(improve, "improve");
    }
}
