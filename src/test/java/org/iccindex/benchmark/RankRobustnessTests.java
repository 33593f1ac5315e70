package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.junit.jupiter.api.Test;

/** Rank robustness on small samples whose ranks can be worked out by hand. */
class RankRobustnessTests {
    private final Definition mini = MiniEdition.definition();

    private static RobustnessInput twoAreas(RobustnessInput.Competitor... cities) {
        return new RobustnessInput(
                List.of(new AreaCode("one"), new AreaCode("two")), new double[] {1, 1}, List.of(cities), List.of());
    }

    private static RobustnessInput.Competitor real(String city, double... scores) {
        return new RobustnessInput.Competitor(city, city, false, scores);
    }

    /** {@code draws} variants with equal weights; the first {@code geometric} of them take the geometric mean. */
    private static Variants equalWeights(int draws, int geometric) {
        double[] weights = new double[draws * 2];
        Arrays.fill(weights, 0.5);
        boolean[] flags = new boolean[draws];
        for (int d = 0; d < geometric; d++) {
            flags[d] = true;
        }
        return new Variants(2, weights, flags);
    }

    @Test
    void theMeanDecidesBetweenAnUnevenAndAnEvenCityAndQuantilesAreNearestRank() {
        // uneven: arithmetic 50.5, geometric 10; even: 50 both ways. Uneven is 1st unless the mean is geometric.
        RobustnessInput input = twoAreas(real("uneven", 100, 1), real("even", 50, 50));

        // 1 of 20 geometric: the 19th smallest rank (k = ceil(0.95 * 20)) is still 1st
        RankInterval one = interval(RankRobustness.compute(input, equalWeights(20, 1)), "uneven");
        assertThat(List.of(one.nominal(), one.median(), one.low(), one.high())).containsExactly(1, 1, 1, 1);
        // 2 of 20: the 19th smallest is 2nd
        RankInterval two = interval(RankRobustness.compute(input, equalWeights(20, 2)), "uneven");
        assertThat(List.of(two.median(), two.low(), two.high())).containsExactly(1, 1, 2);
        // 10 of 20: the 10th smallest (k = ceil(0.5 * 20)) is 1st; 11 of 20: it is 2nd
        assertThat(interval(RankRobustness.compute(input, equalWeights(20, 10)), "uneven")
                        .median())
                .isEqualTo(1);
        assertThat(interval(RankRobustness.compute(input, equalWeights(20, 11)), "uneven")
                        .median())
                .isEqualTo(2);
        // 20 of 20 but one: the 1st smallest (k = ceil(0.05 * 20)) is the one arithmetic variant
        RankInterval most = interval(RankRobustness.compute(input, equalWeights(20, 19)), "uneven");
        assertThat(List.of(most.low(), most.high())).containsExactly(1, 2);
        assertThat(interval(RankRobustness.compute(input, equalWeights(20, 19)), "even")
                        .outOf())
                .isEqualTo(2);
    }

    @Test
    void anAreaAtZeroMakesTheGeometricMeanZeroAndTiesShareTheBetterRank() {
        RobustnessInput input = twoAreas(real("a", 0, 100), real("b", 100, 0), real("c", 10, 10));
        List<RankInterval> all = RankRobustness.compute(input, equalWeights(4, 4));
        // geometric: c = 10, a = b = 0 (tied, both 2nd)
        assertThat(interval(all, "c").median()).isEqualTo(1);
        assertThat(interval(all, "a").median()).isEqualTo(2);
        assertThat(interval(all, "b").median()).isEqualTo(2);
        // nominal (arithmetic, equal weights): a = b = 50 share 1st, c 3rd
        assertThat(interval(all, "a").nominal()).isEqualTo(1);
        assertThat(interval(all, "b").nominal()).isEqualTo(1);
        assertThat(interval(all, "c").nominal()).isEqualTo(3);
    }

    @Test
    void realAndFictionalCitiesAreRankedApartAndAResultWithoutItsAreasIsLeftOut() {
        Sample sample = Sample.asOf(
                List.of(
                        full(Entries.city("realone"), 60).build(),
                        full(Entries.city("realtwo"), 40).build(),
                        full(Entries.city("fictive"), 90).synthetic().build(),
                        Entries.city("published").aggregate(80).build(),
                        full(Entries.city("nonewarea"), 50).build()),
                LocalDate.of(2021, 1, 1));
        // nonewarea answered every area but participation, which the edition introduced: it takes part
        Sample adjusted = sample.with(Entries.city("nonewarea")
                .area("commitment", 50)
                .area("education", 50)
                .area("public_space", 50)
                .build());

        Robustness robustness = RankRobustness.compute(mini, adjusted, RobustnessSettings.DEFAULT.withDraws(100, 7));

        assertThat(robustness.of("realone").orElseThrow().nominal()).isEqualTo(1);
        assertThat(robustness.of("realone").orElseThrow().outOf()).isEqualTo(3);
        assertThat(robustness.of("nonewarea").orElseThrow().outOf()).isEqualTo(3);
        RankInterval fictive = robustness.of("fictive").orElseThrow();
        assertThat(List.of(fictive.outOf(), fictive.nominal(), fictive.low(), fictive.high()))
                .containsExactly(1, 1, 1, 1);
        assertThat(robustness.of("published")).isEmpty();
        assertThat(robustness.exclusion("published").orElseThrow().missing())
                .extracting(AreaCode::value)
                .containsExactly("commitment", "education", "public_space");
    }

    @Test
    void aCityAheadInEveryAreaIsFirstInEveryVariant() {
        Sample sample = Sample.asOf(
                List.of(
                        full(Entries.city("best"), 90).build(),
                        full(Entries.city("mid"), 60).area("education", 20).build(),
                        full(Entries.city("low"), 40).area("commitment", 70).build()),
                LocalDate.of(2021, 1, 1));
        Robustness robustness = RankRobustness.compute(mini, sample, RobustnessSettings.DEFAULT.withDraws(1000, 3));
        RankInterval best = robustness.of("best").orElseThrow();
        assertThat(List.of(best.nominal(), best.median(), best.low(), best.high()))
                .containsExactly(1, 1, 1, 1);
        // mid and low trade places depending on the weights of commitment and education
        RankInterval mid = robustness.of("mid").orElseThrow();
        assertThat(mid.low()).isEqualTo(2);
        assertThat(mid.high()).isEqualTo(3);
    }

    @Test
    void theSameSeedDrawsTheSameVariantsAndWeightsStayWithinTheSpread() {
        double[] base = {2, 1, 1};
        Variants once = Variants.draw(base, RobustnessSettings.DEFAULT.withDraws(500, 42));
        Variants again = Variants.draw(base, RobustnessSettings.DEFAULT.withDraws(500, 42));
        assertThat(again.weights()).containsExactly(once.weights());
        assertThat(again.geometric()).containsExactly(once.geometric());
        int geometric = 0;
        for (int d = 0; d < 500; d++) {
            double sum = once.weights()[d * 3] + once.weights()[d * 3 + 1] + once.weights()[d * 3 + 2];
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
            // a weight of 2 drawn within 1..3 against two of 1 drawn within 0.5..1.5
            double ratio = once.weights()[d * 3] / once.weights()[d * 3 + 1];
            assertThat(ratio).isBetween(1 / 1.5, 3 / 0.5);
            geometric += once.geometric()[d] ? 1 : 0;
        }
        assertThat(geometric).isBetween(200, 300);
    }

    @Test
    void theNumberOfVariantsIsBounded() {
        assertThatThrownBy(() -> RobustnessSettings.DEFAULT.withDraws(RobustnessSettings.MAX_DRAWS + 1, 1))
                .hasMessage("the number of variants lies between 1 and 1000000, found 1000001");
        assertThatThrownBy(() -> RobustnessSettings.DEFAULT.withDraws(0, 1))
                .hasMessageContaining("between 1 and 1000000");
    }

    private static Entries full(Entries entries, double score) {
        return entries.area("commitment", score)
                .area("education", score)
                .area("public_space", score)
                .area("participation", score);
    }

    private static RankInterval interval(List<RankInterval> intervals, String city) {
        return intervals.stream().filter(i -> i.city().equals(city)).findFirst().orElseThrow();
    }
}
