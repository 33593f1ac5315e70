package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** N, mean, median, quartiles (type 7: R's default, Excel's QUARTILE.INC), minimum and maximum. */
class SampleStatisticsTests {
    @Test
    void anOddNumberOfValues() {
        // Ansan's commitment and lens areas, unsorted; sorted: 58 63 75 88 94 95 100
        Stats stats =
                SampleStatistics.of(new double[] {100, 58, 94, 63, 88, 75, 95}).orElseThrow();

        assertThat(stats.n()).isEqualTo(7);
        // 573 / 7
        assertThat(stats.mean()).isCloseTo(81.857142857, within(1e-9));
        // the 4th of 7
        assertThat(stats.median()).isEqualTo(88);
        // position 0.25 x 6 = 1.5: halfway between 63 and 75
        assertThat(stats.q1()).isEqualTo(69);
        // position 0.75 x 6 = 4.5: halfway between 94 and 95
        assertThat(stats.q3()).isEqualTo(94.5);
        assertThat(stats.min()).isEqualTo(58);
        assertThat(stats.max()).isEqualTo(100);
    }

    @Test
    void anEvenNumberOfValues() {
        // sorted: 58 63 75 88 94 95; R: quantile(c(58,63,75,88,94,95)) gives 58 66 81.5 92.5 95
        Stats stats = SampleStatistics.of(new double[] {95, 58, 88, 63, 94, 75}).orElseThrow();

        assertThat(stats.n()).isEqualTo(6);
        // 473 / 6
        assertThat(stats.mean()).isCloseTo(78.833333333, within(1e-9));
        // position 2.5: halfway between 75 and 88
        assertThat(stats.median()).isEqualTo(81.5);
        // position 1.25: 63 + 0.25 x (75 - 63)
        assertThat(stats.q1()).isEqualTo(66);
        // position 3.75: 88 + 0.75 x (94 - 88)
        assertThat(stats.q3()).isEqualTo(92.5);
        assertThat(stats.min()).isEqualTo(58);
        assertThat(stats.max()).isEqualTo(95);
    }

    @Test
    void oneValueIsItsOwnEverything() {
        assertThat(SampleStatistics.of(new double[] {42.5})).contains(new Stats(1, 42.5, 42.5, 42.5, 42.5, 42.5, 42.5));
    }

    @Test
    void twoValues() {
        // positions 0.25, 0.5, 0.75 between 40 and 80
        assertThat(SampleStatistics.of(new double[] {80, 40})).contains(new Stats(2, 60, 60, 50, 70, 40, 80));
    }

    @Test
    void noValuesNoStatistics() {
        assertThat(SampleStatistics.of(new double[0])).isEmpty();
    }

    @Test
    void leavesTheValuesItIsGivenAsTheyWere() {
        double[] values = {3, 1, 2};

        SampleStatistics.of(values);

        assertThat(values).containsExactly(3, 1, 2);
    }
}
