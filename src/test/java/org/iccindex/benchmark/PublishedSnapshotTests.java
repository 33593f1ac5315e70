package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;
import org.junit.jupiter.api.Test;

/** A past report's sample averages, kept so the report can be regenerated as it was. */
class PublishedSnapshotTests {
    private static final Metric EDUCATION = Metric.area(new AreaCode("education"));
    private static final Metric COMMITMENT = Metric.area(new AreaCode("commitment"));

    private static PublishedSnapshot ansan2020(Map<Metric, Double> averages) {
        return new PublishedSnapshot(
                "icc-2020-published",
                new EditionId("icc-2019"),
                LocalDate.of(2020, 9, 1),
                93,
                averages,
                "Ansan ICC Index report, 2020");
    }

    @Test
    void keepsTheSampleAveragesAsPublished() {
        Map<Metric, Double> averages = new LinkedHashMap<>();
        averages.put(COMMITMENT, 69.0);
        averages.put(EDUCATION, 68.0);
        averages.put(Metric.LENS, 61.0);

        PublishedSnapshot snapshot = ansan2020(averages);

        // the seed: commitment 69, education 68, the model city's lens 61, among 93 cities
        assertThat(snapshot.average(COMMITMENT)).hasValue(69.0);
        assertThat(snapshot.average(Metric.LENS)).hasValue(61.0);
        assertThat(snapshot.sampleSize()).isEqualTo(93);
        assertThat(snapshot.averages().keySet()).containsExactly(COMMITMENT, EDUCATION, Metric.LENS);
    }

    @Test
    void anAverageTheReportDidNotGiveIsAbsent() {
        assertThat(ansan2020(Map.of(EDUCATION, 68.0)).average(Metric.AGGREGATE)).isEmpty();
    }

    @Test
    void isNotChangedByLaterChangesToTheMapItWasGiven() {
        Map<Metric, Double> averages = new HashMap<>(Map.of(EDUCATION, 68.0));
        PublishedSnapshot snapshot = ansan2020(averages);

        averages.put(EDUCATION, 0.0);

        assertThat(snapshot.average(EDUCATION)).hasValue(68.0);
        assertThatThrownBy(() -> snapshot.averages().put(EDUCATION, 1.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesItsSampleSize() {
        assertThatThrownBy(() -> new PublishedSnapshot(
                        "x", new EditionId("icc-2019"), LocalDate.of(2020, 1, 1), 0, Map.of(), "a report"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample size");
    }
}
