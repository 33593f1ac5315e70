package org.iccindex.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.definition.EditionId;
import org.junit.jupiter.api.Test;

/** The one rule of what a round is set against, as the pages, the API, the command line and the report apply it. */
class BenchmarkChoiceTests {
    private static final Optional<PublishedSnapshot> OWN = Optional.of(new PublishedSnapshot(
            "icc-2020-published",
            new EditionId("icc-2019"),
            LocalDate.of(2020, 9, 1),
            93,
            Map.of(Metric.AGGREGATE, 64.0),
            "the city's own report"));
    private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2021, 1, 1));

    @Test
    void aRealCitysRoundIsSetAgainstItsOwnPublishedAveragesUnlessTheSampleIsAskedFor() {
        assertThat(BenchmarkChoice.against(Optional.empty(), Optional.empty(), OWN))
                .isEqualTo(OWN);
        assertThat(BenchmarkChoice.against(Optional.of(BenchmarkChoice.PUBLISHED), Optional.empty(), OWN))
                .isEqualTo(OWN);
        assertThat(BenchmarkChoice.against(Optional.of(BenchmarkChoice.SAMPLE), Optional.empty(), OWN))
                .isEmpty();
        // a sample date asks for the held sample of that day: the published averages have one date only
        assertThat(BenchmarkChoice.against(Optional.empty(), DATE, OWN)).isEmpty();
        assertThat(BenchmarkChoice.against(Optional.of(BenchmarkChoice.PUBLISHED), DATE, OWN))
                .isEqualTo(OWN);
    }

    @Test
    void aRoundWithoutPublishedAveragesIsSetAgainstTheSampleAndAskingForThemIsAnError() {
        assertThat(BenchmarkChoice.against(Optional.empty(), Optional.empty(), Optional.empty()))
                .isEmpty();
        assertThatThrownBy(() -> BenchmarkChoice.against(
                        Optional.of(BenchmarkChoice.PUBLISHED), Optional.empty(), Optional.empty()))
                .isInstanceOf(BenchmarkChoice.NoPublishedBenchmark.class)
                .hasMessageContaining("no published benchmark");
    }

    @Test
    void parameterValuesAreNamedInLowerCaseAndAnythingElseIsRefusedWithTheExpectedValues() {
        assertThat(BenchmarkChoice.named("sample")).contains(BenchmarkChoice.SAMPLE);
        assertThat(BenchmarkChoice.named(" published ")).contains(BenchmarkChoice.PUBLISHED);
        assertThat(BenchmarkChoice.named("")).isEmpty();
        assertThat(BenchmarkChoice.named(null)).isEmpty();
        assertThatThrownBy(() -> BenchmarkChoice.named("SAMPLE")).hasMessageContaining("expected published or sample");
    }
}
