package org.iccindex.practice;

import java.util.List;
import java.util.Objects;
import org.iccindex.definition.AreaCode;

/**
 * An area where the city could learn from others: its score, why the area counts as weak, the suggestions in order,
 * and (for analysts) the suggestions an analyst dropped.
 */
public record AreaRecommendation(
        AreaCode area,
        String areaName,
        double score,
        List<Shortfall> shortfalls,
        List<Suggestion> suggestions,
        List<Suggestion> dropped) {

    public AreaRecommendation {
        Objects.requireNonNull(area, "area");
        shortfalls = List.copyOf(shortfalls);
        suggestions = List.copyOf(suggestions);
        dropped = List.copyOf(dropped);
    }
}
