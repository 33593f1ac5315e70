package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.junit.jupiter.api.Test;

/** Keeps {@link FullRecomputeBenchmark} honest: its edition has the 2019 shape and one recompute does the work. */
class FullRecomputeTests {
    private static final Definition EDITION = SyntheticEdition.build();

    @Test
    void theSyntheticEditionHasTheShapeOfThe2019Instrument() {
        assertThat(EDITION.scoredAreas()).hasSize(17);
        assertThat(EDITION.indicators()).hasSize(12);
        assertThat(EDITION.composite().orElseThrow().areas()).hasSize(6);
        assertThat(EDITION.scoredQuestions()).hasSize(86);
        assertThat(EDITION.scoredQuestions().stream().filter(Question::mandatory))
                .hasSize(73);
        assertThat(EDITION.scoredQuestions()).extracting(Question::type).contains(AnswerType.values());
        assertThat(EDITION.scoredAreas())
                .allSatisfy(area -> assertThat(EDITION.questionsOf(area.code())).anyMatch(Question::isScored));
        assertThat(EDITION.scoredAreas())
                .filteredOn(area -> EDITION.isNewArea(area.code()))
                .hasSize(2);
    }

    @Test
    void aRecomputeComparesEveryCityWithItsGroups() {
        List<FullRecomputeBenchmark.City> cities = FullRecomputeBenchmark.randomCities(EDITION, 150, new Random(42));
        List<Object> comparisons = new ArrayList<>();

        int groups = FullRecomputeBenchmark.recompute(EDITION, cities, comparisons::add);

        assertThat(comparisons).hasSize(150).allSatisfy(c -> assertThat(c).isInstanceOf(CityComparison.class));
        // every city is in the whole sample and in one population band (each has a population); most also in a
        // foreign-born band and in the groups of the two new areas
        assertThat(groups).isGreaterThan(2 * 150).isLessThanOrEqualTo(5 * 150);
        CityComparison first = (CityComparison) comparisons.get(0);
        assertThat(first.sampleSize()).isEqualTo(150);
        assertThat(first.wholeSample().metric(Metric.AGGREGATE).orElseThrow().rank())
                .isPresent();
    }
}
