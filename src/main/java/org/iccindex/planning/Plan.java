package org.iccindex.planning;

import java.util.List;
import org.iccindex.benchmark.Metric;

/**
 * Changes to make one after the other to take {@code metric} from {@code start} to a shown (whole-number) value of
 * at least {@code target}. Each step's {@code before} is the previous step's {@code after}. {@code reached}: false
 * when even every available change falls short, then the steps are all the changes that raise the metric.
 */
public record Plan(Metric metric, double start, int target, List<Suggestion> steps, boolean reached) {
    public Plan {
        steps = List.copyOf(steps);
    }

    /** The exact value after the last step (the start when there is none). */
    public double end() {
        return steps.isEmpty() ? start : steps.get(steps.size() - 1).after();
    }
}
