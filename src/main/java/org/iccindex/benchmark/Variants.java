package org.iccindex.benchmark;

import java.util.SplittableRandom;

/**
 * Drawn method variants: for variant {@code d}, the renormalised weight of area {@code a} is {@code weights[d *
 * areas + a]}, and {@code geometric[d]} says whether it aggregates by the geometric mean.
 */
public record Variants(int areas, double[] weights, boolean[] geometric) {
    public Variants {
        if (areas < 1 || weights.length != areas * geometric.length) {
            throw new IllegalArgumentException("weights must hold " + areas + " per variant");
        }
    }

    public int draws() {
        return geometric.length;
    }

    /**
     * Draws {@code settings.draws()} variants of the weights {@code base}. Per variant, in this order: one {@code
     * nextDouble()} per area (factor {@code 1 - spread + 2 * spread * u}), then one for the mean ({@code u <
     * geometricShare}: geometric). Weights are renormalised by dividing each by their sum, added in area order.
     */
    public static Variants draw(double[] base, RobustnessSettings settings) {
        int areas = base.length;
        int draws = settings.draws();
        double spread = settings.weightSpread();
        double[] weights = new double[draws * areas];
        boolean[] geometric = new boolean[draws];
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int d = 0; d < draws; d++) {
            int row = d * areas;
            double sum = 0;
            for (int a = 0; a < areas; a++) {
                double w = base[a] * (1 - spread + 2 * spread * random.nextDouble());
                weights[row + a] = w;
                sum += w;
            }
            for (int a = 0; a < areas; a++) {
                weights[row + a] /= sum;
            }
            geometric[d] = random.nextDouble() < settings.geometricShare();
        }
        return new Variants(areas, weights, geometric);
    }
}
