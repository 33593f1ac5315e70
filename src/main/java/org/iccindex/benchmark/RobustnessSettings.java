package org.iccindex.benchmark;

/**
 * How the plausible method variants of {@link RankRobustness} are drawn. Each variant multiplies every area's weight
 * in the edition by its own factor drawn uniformly within ±{@code weightSpread} (0.5: from half to one and a half
 * times the weight), renormalises the weights to sum to 1, and aggregates by the weighted arithmetic mean or, with
 * probability {@code geometricShare}, the weighted geometric mean. The draws come from {@link
 * java.util.SplittableRandom} seeded with {@code seed}: the same settings give the same variants on every machine.
 */
public record RobustnessSettings(int draws, long seed, double weightSpread, double geometricShare) {
    /** The largest number of variants one computation draws (the command line refuses more). */
    public static final int MAX_DRAWS = 1_000_000;

    /** The settings of the public pages, the API and the downloads. */
    public static final RobustnessSettings DEFAULT = new RobustnessSettings(10_000, 20_190_101L, 0.5, 0.5);

    public RobustnessSettings {
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException(
                    "the number of variants lies between 1 and " + MAX_DRAWS + ", found " + draws);
        }
        if (!(weightSpread >= 0 && weightSpread < 1)) {
            throw new IllegalArgumentException("the weight spread lies in [0, 1), found " + weightSpread);
        }
        if (!(geometricShare >= 0 && geometricShare <= 1)) {
            throw new IllegalArgumentException("the share of geometric means lies in [0, 1], found " + geometricShare);
        }
    }

    public RobustnessSettings withDraws(int draws, long seed) {
        return new RobustnessSettings(draws, seed, weightSpread, geometricShare);
    }
}
