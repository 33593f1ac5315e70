package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole numbers for display, half up, as the published reports show them. */
class RoundingTests {
    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({
        // Ansan's lens, 515 / 6
        "85.8333, 86",
        // Ansan's aggregate, 1272 / 16: a half goes up
        "79.5, 80",
        // below the half: down, however close the second decimal
        "44.49, 44",
        "44.5, 45",
        "0.5, 1",
        "99.4999999, 99",
        "0, 0",
        "100, 100"
    })
    void roundsHalfUp(double exact, int shown) {
        assertThat(Rounding.whole(exact)).isEqualTo(shown);
    }

    @Test
    void roundsTheExactQuotientsTheScorerProduces() {
        assertThat(Rounding.whole(515.0 / 6)).isEqualTo(86);
        assertThat(Rounding.whole(1272.0 / 16)).isEqualTo(80);
        // 100 x 4 / 9 = 44.44...
        assertThat(Rounding.whole(100.0 * 4 / 9)).isEqualTo(44);
        // 100 x 1 / 8 = 12.5 exactly in binary: up
        assertThat(Rounding.whole(100.0 * 1 / 8)).isEqualTo(13);
    }

    @Test
    void negativeHalvesRoundAwayFromZero() {
        // scores are never negative; differences between two scores can be
        assertThat(Rounding.whole(-2.5)).isEqualTo(-3);
        assertThat(Rounding.whole(-2.49)).isEqualTo(-2);
    }

    @Test
    void agreesWithDecimalHalfUpOnEveryScoreWithUpToSixDecimals() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(7);
            double value = java.math.BigDecimal.valueOf(random.nextInt(100_000_001), 6)
                    .setScale(decimals, java.math.RoundingMode.DOWN)
                    .doubleValue();
            // the reference: the shortest decimal that is the double, rounded half up
            int expected = java.math.BigDecimal.valueOf(value)
                    .setScale(0, java.math.RoundingMode.HALF_UP)
                    .intValueExact();
            assertThat(Rounding.whole(value)).as("%s", value).isEqualTo(expected);
        }
        // the computed quotients of the scorer, e.g. 100 x earned / max for every max up to 200
        for (int max = 1; max <= 200; max++) {
            for (int earned = 0; earned <= max; earned++) {
                double value = 100.0 * earned / max;
                int expected = java.math.BigDecimal.valueOf(value)
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .intValueExact();
                assertThat(Rounding.whole(value)).as("%s", value).isEqualTo(expected);
            }
        }
    }
}
