package org.iccindex.scoring;

import java.util.Map;
import java.util.OptionalDouble;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;

/** Step 4: the aggregate index = weighted mean of the answered scored areas, weights from the definition. */
public final class IndexAggregation {
    private IndexAggregation() {}

    public static OptionalDouble compute(Definition definition, Map<AreaCode, Double> areaScores) {
        double weighted = 0;
        double weights = 0;
        for (Area area : definition.scoredAreas()) {
            Double score = areaScores.get(area.code());
            if (score != null) {
                double weight = area.weight().doubleValue();
                weighted += weight * score;
                weights += weight;
            }
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weights);
    }
}
