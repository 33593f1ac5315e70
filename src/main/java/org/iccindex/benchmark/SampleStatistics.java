package org.iccindex.benchmark;

import java.util.Arrays;
import java.util.Optional;

/** Computes {@link Stats} from values. */
public final class SampleStatistics {
    private SampleStatistics() {}

    public static Optional<Stats> of(double[] values) {
        if (values.length == 0) {
            return Optional.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double value : sorted) {
            sum += value;
        }
        return Optional.of(new Stats(
                sorted.length,
                sum / sorted.length,
                quantile(sorted, 0.5),
                quantile(sorted, 0.25),
                quantile(sorted, 0.75),
                sorted[0],
                sorted[sorted.length - 1]));
    }

    /** Type-7 quantile of ascending values: position p x (n - 1), interpolated. */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
