package org.iccindex.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.iccindex.messages.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparison words, calibrated on the Ansan 2020 report (table in the method notes), and their symmetry. */
class ComparisonWordingTests {
    private final Wording english = Wording.of(Messages.create()::getMessage, Locale.ENGLISH);
    private final Wording french = Wording.of(Messages.create()::getMessage, Locale.FRENCH);

    @ParameterizedTest(name = "{0}: {1} against {2} is {3}")
    @CsvSource({
        "public services, 94, 44, considerably higher",
        "education, 95, 68, considerably higher",
        "mediation, 80, 60, considerably higher",
        "language, 59, 47, considerably higher",
        "welcoming newcomers, 60, 56, just higher",
        "cultural and social life, 75, 73, slightly higher",
        "public space, 63, 66, slightly lower",
        "commitment, 58, 69, lower"
    })
    void reproducesTheWordingOfTheAnsanReport(String area, double city, double sample, String words) {
        assertThat(english.comparison(Comparison.of(city, sample))).isEqualTo(words);
        assertThat(english.comparedTo(city, sample)).isEqualTo(words + " than");
    }

    @ParameterizedTest(name = "a difference of {0} is {1} / {2}")
    @CsvSource({
        "0, the same, identique",
        "1, slightly higher, légèrement supérieur",
        "3, slightly higher, légèrement supérieur",
        "4, just higher, modérément supérieur",
        "5, just higher, modérément supérieur",
        "6, higher, supérieur",
        "11, higher, supérieur",
        "12, considerably higher, nettement supérieur",
        "-1, slightly lower, légèrement inférieur",
        "-4, just lower, modérément inférieur",
        "-11, lower, inférieur",
        "-12, considerably lower, nettement inférieur",
        "-60, considerably lower, nettement inférieur"
    })
    void theStepsAreSymmetricInBothLanguages(int difference, String en, String fr) {
        Comparison step = Comparison.ofDifference(difference);
        assertThat(english.comparison(step)).isEqualTo(en);
        assertThat(french.comparison(step)).isEqualTo(fr);
        assertThat(Comparison.ofDifference(-difference).ordinal())
                .isEqualTo(Comparison.values().length - 1 - step.ordinal());
    }

    @ParameterizedTest(name = "{0} against {1} compares as shown: {2}")
    @CsvSource({"85.83, 61.4, considerably higher", "79.5, 79.4, slightly higher", "66.5, 66.4, slightly higher"})
    void comparesTheWholeNumbersTheReaderSees(double city, double reference, String words) {
        // 79.5 shows as 80 and 79.4 as 79: one point apart as printed, though 0.1 apart exactly
        assertThat(english.comparison(Comparison.of(city, reference))).isEqualTo(words);
        assertThat(english.difference(79.5, 79.4)).isEqualTo("+1");
        assertThat(english.difference(63, 66)).isEqualTo("-3");
    }
}
