package org.iccindex.scoring;

import java.util.Map;
import java.util.OptionalDouble;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Indicator;

/** Step 3: the composite indicator (the intercultural lens) = plain mean of its answered areas. */
public final class LensComposite {
    private LensComposite() {}

    public static OptionalDouble compute(Definition definition, Map<AreaCode, Double> areaScores) {
        return definition.composite().map(lens -> mean(lens, areaScores)).orElse(OptionalDouble.empty());
    }

    private static OptionalDouble mean(Indicator lens, Map<AreaCode, Double> areaScores) {
        return lens.areas().stream()
                .filter(areaScores::containsKey)
                .mapToDouble(areaScores::get)
                .average();
    }
}
