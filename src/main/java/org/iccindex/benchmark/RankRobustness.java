package org.iccindex.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.iccindex.definition.Definition;

/**
 * Rank robustness, as in the JRC/OECD handbook on composite indicators: recompute every city's aggregate under many
 * plausible variants of the method ({@link RobustnessSettings}) and report, per city, its median rank and the
 * interval that holds 90 % of its ranks. Cities are ranked only among cities of their kind: real among real,
 * fictional among fictional.
 *
 * <p>Per variant and city, with the variant's weights {@code w} over the areas {@code a} the city has, summed in
 * area order: arithmetic {@code sum(w*s) / sum(w)}; geometric {@code exp(sum(w*ln s) / sum(w))}, ranked on its
 * logarithm (same order; an area at 0 makes it 0). Rank = 1 + the number of cities of the kind with a strictly
 * higher value. Quantiles are nearest-rank over the variants' ranks: the k-th smallest with k = ceil(q * draws)
 * for q = 5 % (low), 50 % (median) and 95 % (high), in integer arithmetic.
 */
public final class RankRobustness {
    private RankRobustness() {}

    /** The sample's robustness under {@code definition} with freshly drawn variants. */
    public static Robustness compute(Definition definition, Sample sample, RobustnessSettings settings) {
        RobustnessInput input = RobustnessInput.of(definition, sample);
        return new Robustness(settings, compute(input, Variants.draw(input.baseWeights(), settings)), input.excluded());
    }

    /** The intervals of {@code input}'s competitors under the given variants, best nominal rank first. */
    public static List<RankInterval> compute(RobustnessInput input, Variants variants) {
        if (variants.areas() != input.areas().size()) {
            throw new IllegalArgumentException("variants for " + variants.areas() + " areas, input has "
                    + input.areas().size());
        }
        List<RankInterval> intervals = new ArrayList<>();
        for (boolean synthetic : new boolean[] {false, true}) {
            List<RobustnessInput.Competitor> kind = input.competitors().stream()
                    .filter(c -> c.synthetic() == synthetic)
                    .toList();
            if (!kind.isEmpty()) {
                intervals.addAll(kind(kind, input.baseWeights(), variants));
            }
        }
        return intervals;
    }

    private static List<RankInterval> kind(
            List<RobustnessInput.Competitor> cities, double[] baseWeights, Variants variants) {
        int n = cities.size();
        int areas = baseWeights.length;
        double[] scores = new double[n * areas];
        double[] logs = new double[n * areas];
        boolean[] has = new boolean[n * areas];
        for (int i = 0; i < n; i++) {
            double[] s = cities.get(i).scores();
            for (int a = 0; a < areas; a++) {
                has[i * areas + a] = !Double.isNaN(s[a]);
                scores[i * areas + a] = has[i * areas + a] ? s[a] : 0;
                logs[i * areas + a] = has[i * areas + a] ? Math.log(s[a]) : 0;
            }
        }
        double baseSum = 0;
        for (double w : baseWeights) {
            baseSum += w;
        }
        double[] nominalWeights = new double[areas];
        for (int a = 0; a < areas; a++) {
            nominalWeights[a] = baseWeights[a] / baseSum;
        }
        int[] nominal = new int[n];
        double[] values = new double[n];
        double[] sorted = new double[n];
        aggregate(scores, has, nominalWeights, 0, areas, n, values);
        rank(values, sorted, nominal);

        int[] counts = new int[n * n];
        int[] ranks = new int[n];
        double[] weights = variants.weights();
        boolean[] geometric = variants.geometric();
        for (int d = 0; d < variants.draws(); d++) {
            aggregate(geometric[d] ? logs : scores, has, weights, d * areas, areas, n, values);
            rank(values, sorted, ranks);
            for (int i = 0; i < n; i++) {
                counts[i * n + ranks[i] - 1]++;
            }
        }
        int draws = variants.draws();
        // nearest-rank quantiles: the k-th smallest rank, k = ceil(q * draws)
        int kLow = (5 * draws + 99) / 100;
        int kMedian = (draws + 1) / 2;
        int kHigh = (95 * draws + 99) / 100;
        List<RankInterval> intervals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RobustnessInput.Competitor c = cities.get(i);
            intervals.add(new RankInterval(
                    c.city(),
                    c.name(),
                    c.synthetic(),
                    n,
                    nominal[i],
                    quantile(counts, i * n, n, kMedian),
                    quantile(counts, i * n, n, kLow),
                    quantile(counts, i * n, n, kHigh)));
        }
        intervals.sort(Comparator.comparingInt(RankInterval::nominal).thenComparing(RankInterval::name));
        return intervals;
    }

    /** Each city's weighted mean of its (log) scores over the areas it has, weights summed in area order. */
    private static void aggregate(
            double[] scores, boolean[] has, double[] weights, int from, int areas, int n, double[] out) {
        for (int i = 0; i < n; i++) {
            int row = i * areas;
            double sum = 0;
            double weight = 0;
            for (int a = 0; a < areas; a++) {
                double w = has[row + a] ? weights[from + a] : 0;
                sum += w * scores[row + a];
                weight += w;
            }
            out[i] = sum / weight;
        }
    }

    /** Competition ranks: 1 + the number of strictly higher values. */
    private static void rank(double[] values, double[] sorted, int[] ranks) {
        int n = values.length;
        System.arraycopy(values, 0, sorted, 0, n);
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            double v = values[i];
            // first index holding a value > v
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] > v) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            ranks[i] = 1 + n - lo;
        }
    }

    private static int quantile(int[] counts, int from, int n, int k) {
        int seen = 0;
        for (int r = 0; r < n; r++) {
            seen += counts[from + r];
            if (seen >= k) {
                return r + 1;
            }
        }
        return n;
    }
}
