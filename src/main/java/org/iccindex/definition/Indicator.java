package org.iccindex.definition;

import java.util.List;
import java.util.Objects;

/**
 * An indicator groups scored areas. A composite indicator (the intercultural lens) is scored as the plain
 * mean of its areas; any other indicator has exactly one area.
 */
public record Indicator(String code, LocalizedText name, boolean composite, List<AreaCode> areas) {
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        areas = List.copyOf(areas);
    }
}
