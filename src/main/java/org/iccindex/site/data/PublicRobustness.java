package org.iccindex.site.data;

import java.time.LocalDate;
import org.iccindex.benchmark.Robustness;
import org.iccindex.definition.Definition;
import org.iccindex.result.RobustnessService;
import org.springframework.stereotype.Service;

/**
 * Rank robustness for the public side, with the published settings ({@link
 * org.iccindex.benchmark.RobustnessSettings#DEFAULT}): computed once per edition, snapshot and data version.
 */
@Service
public class PublicRobustness {
    private final RobustnessService robustness;

    PublicRobustness(RobustnessService robustness) {
        this.robustness = robustness;
    }

    public Robustness of(Definition edition, LocalDate snapshot) {
        return robustness.robustness(edition, snapshot);
    }
}
