package org.iccindex.demo;

import java.util.Map;
import org.iccindex.definition.AreaCode;

/**
 * The city-sample average of each area in the 2020 snapshot that the generator aims at: the averages the 2020
 * report quotes, and plausible values chosen for the demo where it quotes none. Which areas exist is the
 * definition's business ({@link SampleAreas}); this table only gives their targets.
 */
final class AreaAverages {
    private static final Map<String, Integer> AVERAGES = Map.ofEntries(
            Map.entry("commitment", 69),
            Map.entry("education", 68),
            Map.entry("neighbourhoods", 65),
            Map.entry("public_services", 44),
            Map.entry("business", 46),
            Map.entry("culture_social", 73),
            Map.entry("public_space", 66),
            Map.entry("mediation", 60),
            Map.entry("language", 47),
            Map.entry("media", 46),
            Map.entry("international", 68),
            Map.entry("intelligence", 62),
            Map.entry("welcoming", 56),
            Map.entry("leadership", 35),
            // Not among the averages quoted in 2020: plausible values chosen for the demo.
            Map.entry("anti_discrimination", 55),
            Map.entry("participation", 50),
            Map.entry("interaction", 60));

    private AreaAverages() {}

    static int of(AreaCode area) {
        Integer average = AVERAGES.get(area.value());
        if (average == null) {
            throw new IllegalStateException("no sample average for the area " + area.value() + " of the definition");
        }
        return average;
    }
}
