package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample at a date: the latest result per city published on or before it. */
class SampleTests {
    private final SampleEntry ansan2017 = Entries.city("ansan")
            .round(2017)
            .published("2017-05-01")
            .aggregate(70)
            .build();
    private final SampleEntry ansan2020 = Entries.city("ansan")
            .round(2020)
            .published("2020-09-01")
            .aggregate(80)
            .build();
    private final SampleEntry bergen2018 = Entries.city("bergen")
            .round(2018)
            .published("2018-03-15")
            .aggregate(65)
            .build();
    private final SampleEntry cascais2021 = Entries.city("cascais")
            .round(2021)
            .published("2021-02-01")
            .aggregate(55)
            .build();
    private final List<SampleEntry> results = List.of(ansan2020, bergen2018, ansan2017, cascais2021);

    @Test
    void takesTheLatestResultPerCityAtTheDate() {
        Sample sample = Sample.asOf(results, LocalDate.of(2020, 12, 31));

        // Ansan's 2020 result replaces its 2017 one; Cascais publishes only in 2021
        assertThat(sample.size()).isEqualTo(2);
        assertThat(sample.entries()).containsExactlyInAnyOrder(ansan2020, bergen2018);
        assertThat(sample.entry("ansan")).contains(ansan2020);
        assertThat(sample.snapshot()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void excludesResultsPublishedAfterTheDate() {
        Sample sample = Sample.asOf(results, LocalDate.of(2019, 1, 1));

        // at the start of 2019, Ansan's latest is the 2017 round; Cascais is not in the sample yet
        assertThat(sample.entry("ansan")).contains(ansan2017);
        assertThat(sample.entry("cascais")).isEmpty();
        assertThat(sample.size()).isEqualTo(2);
    }

    @Test
    void includesAResultPublishedOnTheDateItself() {
        assertThat(Sample.asOf(results, LocalDate.of(2020, 9, 1)).entry("ansan"))
                .contains(ansan2020);
        assertThat(Sample.asOf(results, LocalDate.of(2020, 8, 31)).entry("ansan"))
                .contains(ansan2017);
    }

    @Test
    void aLaterRoundWinsOnTheSamePublicationDate() {
        SampleEntry first =
                Entries.city("dublin").round(2019).published("2020-01-10").build();
        SampleEntry second =
                Entries.city("dublin").round(2020).published("2020-01-10").build();

        assertThat(Sample.asOf(List.of(second, first), LocalDate.of(2020, 2, 1)).entry("dublin"))
                .contains(second);
        assertThat(Sample.asOf(List.of(first, second), LocalDate.of(2020, 2, 1)).entry("dublin"))
                .contains(second);
    }

    @Test
    void anEmptyHistoryMakesAnEmptySample() {
        assertThat(Sample.asOf(results, LocalDate.of(2000, 1, 1)).entries()).isEmpty();
    }

    @Test
    void withPutsAnotherResultInPlaceOfTheCitys() {
        Sample sample = Sample.asOf(results, LocalDate.of(2020, 12, 31));

        // compare Ansan's earlier round against today's sample
        Sample earlier = sample.with(ansan2017);

        assertThat(earlier.size()).isEqualTo(2);
        assertThat(earlier.entry("ansan")).contains(ansan2017);
        assertThat(earlier.entry("bergen")).contains(bergen2018);
        assertThat(earlier.snapshot()).isEqualTo(sample.snapshot());
        // the original sample is unchanged
        assertThat(sample.entry("ansan")).contains(ansan2020);
    }

    @Test
    void withAddsACityNotInTheSample() {
        Sample sample = Sample.asOf(results, LocalDate.of(2020, 12, 31)).with(cascais2021);

        assertThat(sample.size()).isEqualTo(3);
        assertThat(sample.entry("cascais")).contains(cascais2021);
    }
}
