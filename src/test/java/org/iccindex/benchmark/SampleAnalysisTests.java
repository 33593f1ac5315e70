package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.junit.jupiter.api.Test;

/** A sample of five cities under the mini edition, and how each city compares with its groups. */
class SampleAnalysisTests {
    private static final Definition MINI = MiniEdition.definition();
    private static final Metric PARTICIPATION = Metric.area(new AreaCode("participation"));

    /**
     * <pre>
     * city       population  foreign-born  aggregate  participation
     * ansan         720,000        8 %          80           45
     * bergen        285,000       15 %          70           60
     * cascais       214,000       12 %          65            -
     * dublin        550,000       20 %          75           30
     * erlangen      112,000        -            60            -
     * </pre>
     */
    private static final Sample SAMPLE = Sample.asOf(
            List.of(
                    Entries.city("ansan")
                            .country("KR")
                            .population(720_000)
                            .foreignBorn("8")
                            .aggregate(80)
                            .lens(86)
                            .area("participation", 45)
                            .build(),
                    Entries.city("bergen")
                            .country("NO")
                            .population(285_000)
                            .foreignBorn("15")
                            .aggregate(70)
                            .area("participation", 60)
                            .build(),
                    Entries.city("cascais")
                            .country("PT")
                            .population(214_000)
                            .foreignBorn("12")
                            .aggregate(65)
                            .build(),
                    Entries.city("dublin")
                            .country("IE")
                            .population(550_000)
                            .foreignBorn("20")
                            .aggregate(75)
                            .area("participation", 30)
                            .build(),
                    Entries.city("erlangen")
                            .country("DE")
                            .population(112_000)
                            .aggregate(60)
                            .build()),
            LocalDate.of(2021, 1, 1));

    private static final SampleAnalysis ANALYSIS = SampleAnalysis.of(MINI, SAMPLE, TiePolicy.WHOLE_NUMBERS);

    private static ComparisonGroup populationBand(long inhabitants) {
        return new ComparisonGroup.InBand(
                MINI.bands(BandAxis.POPULATION).bandOf(java.math.BigDecimal.valueOf(inhabitants)));
    }

    private static ComparisonGroup foreignBornBand(String percent) {
        return new ComparisonGroup.InBand(MINI.bands(BandAxis.FOREIGN_BORN).bandOf(new java.math.BigDecimal(percent)));
    }

    @Test
    void theMetricsAreTheAggregateTheLensAndEveryScoredArea() {
        assertThat(ANALYSIS.metrics())
                .extracting(Metric::code)
                .containsExactly("aggregate", "lens", "commitment", "education", "public_space", "participation");
    }

    @Test
    void theStandardGroupsAreTheSampleEveryBandAndTheNewArea() {
        // 1 whole sample + 4 population bands + 4 foreign-born bands + participation (introduced with the edition)
        assertThat(SampleAnalysis.standardGroups(MINI)).hasSize(10);
        assertThat(SampleAnalysis.standardGroups(MINI).get(0)).isEqualTo(ComparisonGroup.WHOLE_SAMPLE);
        assertThat(SampleAnalysis.standardGroups(MINI))
                .last()
                .isEqualTo(new ComparisonGroup.AnsweredArea(new AreaCode("participation")));
        assertThat(ANALYSIS.groups()).hasSize(10);
    }

    @Test
    void aCityIsComparedWithTheSampleItsBandsAndTheNewAreaItAnswered() {
        CityComparison ansan = ANALYSIS.compare("ansan").orElseThrow();

        // 720,000 inhabitants: 500,000 and more; 8 %: below 10 %; it answered participation
        assertThat(ansan.groups())
                .extracting(GroupComparison::group)
                .containsExactly(
                        ComparisonGroup.WHOLE_SAMPLE,
                        populationBand(720_000),
                        foreignBornBand("8"),
                        new ComparisonGroup.AnsweredArea(new AreaCode("participation")));
        assertThat(ansan.wholeSample().group()).isEqualTo(ComparisonGroup.WHOLE_SAMPLE);
        assertThat(ansan.sampleSize()).isEqualTo(5);
        assertThat(ansan.snapshot()).isEqualTo(LocalDate.of(2021, 1, 1));
        // Ansan and Dublin are the cities of 500,000 and more; Ansan, Bergen and Dublin answered participation
        assertThat(ansan.group(populationBand(720_000)).orElseThrow().members()).isEqualTo(2);
        assertThat(ansan.group(new ComparisonGroup.AnsweredArea(new AreaCode("participation")))
                        .orElseThrow()
                        .members())
                .isEqualTo(3);
    }

    @Test
    void theNewAreaGroupIsLeftOutForACityThatDidNotAnswerIt() {
        CityComparison cascais = ANALYSIS.compare("cascais").orElseThrow();

        // 214,000: 200,000-500,000 with Bergen; 12 %: 10-15 % alone
        assertThat(cascais.groups())
                .extracting(GroupComparison::group)
                .containsExactly(ComparisonGroup.WHOLE_SAMPLE, populationBand(214_000), foreignBornBand("12"));
        assertThat(cascais.groups().get(1).members()).isEqualTo(2);
    }

    @Test
    void aCityWithoutAFigureHasNoBandOnThatAxis() {
        CityComparison erlangen = ANALYSIS.compare("erlangen").orElseThrow();

        assertThat(erlangen.groups())
                .extracting(GroupComparison::group)
                .containsExactly(ComparisonGroup.WHOLE_SAMPLE, populationBand(112_000));
    }

    @Test
    void aCityOutsideTheSampleHasNoComparison() {
        assertThat(ANALYSIS.compare("nowhere")).isEmpty();
    }

    @Test
    void theWholeSampleStatisticsAndRank() {
        GroupComparison whole = ANALYSIS.compare("bergen").orElseThrow().wholeSample();
        MetricComparison aggregate = whole.metric(Metric.AGGREGATE).orElseThrow();

        // 80 + 70 + 65 + 75 + 60 = 350, / 5 = 70; sorted 60 65 70 75 80
        assertThat(aggregate.stats()).contains(new Stats(5, 70, 70, 65, 75, 60, 80));
        assertThat(aggregate.value()).hasValue(70);
        // Ansan 80, Dublin 75, Bergen 70: 3rd of 5, ahead of Cascais and Erlangen
        RankPosition rank = aggregate.rank().orElseThrow();
        assertThat(rank.position()).isEqualTo(3);
        assertThat(rank.outOf()).isEqualTo(5);
        assertThat(rank.ahead()).extracting(RankPosition.Neighbour::city).containsExactly("cascais", "erlangen");
        assertThat(rank.behind()).extracting(RankPosition.Neighbour::city).containsExactly("dublin", "ansan");
        assertThat(whole.members()).isEqualTo(5);
    }

    @Test
    void theNewAreaIsComparedOnlyWithTheCitiesThatAnsweredIt() {
        GroupComparison answered = ANALYSIS.compare("ansan")
                .orElseThrow()
                .group(new ComparisonGroup.AnsweredArea(new AreaCode("participation")))
                .orElseThrow();
        MetricComparison participation = answered.metric(PARTICIPATION).orElseThrow();

        // Bergen 60, Ansan 45, Dublin 30: mean 45, Ansan 2nd of 3
        assertThat(participation.stats().orElseThrow().mean()).isEqualTo(45);
        assertThat(participation.stats().orElseThrow().n()).isEqualTo(3);
        assertThat(participation.rank().orElseThrow().position()).isEqualTo(2);
        assertThat(participation.rank().orElseThrow().outOf()).isEqualTo(3);
    }

    @Test
    void aMetricTheCityLacksHasStatisticsButNoValueAndNoRank() {
        MetricComparison participation = ANALYSIS.compare("cascais")
                .orElseThrow()
                .wholeSample()
                .metric(PARTICIPATION)
                .orElseThrow();

        assertThat(participation.value()).isEmpty();
        assertThat(participation.rank()).isEmpty();
        // the three cities that have it: (45 + 60 + 30) / 3
        assertThat(participation.stats().orElseThrow().mean()).isEqualTo(45);
    }

    @Test
    void aMetricNobodyHasHasNoStatistics() {
        MetricComparison education = ANALYSIS.compare("ansan")
                .orElseThrow()
                .wholeSample()
                .metric(Metric.area(new AreaCode("education")))
                .orElseThrow();

        assertThat(education.stats()).isEmpty();
        assertThat(education.rank()).isEmpty();
    }

    @Test
    void aCustomGroupIsAnalysedOnDemandAndMayLeaveTheCityOut() {
        ComparisonGroup others = new ComparisonGroup.Custom("Bergen and Dublin", Set.of(), Set.of("bergen", "dublin"));

        GroupComparison ansan = ANALYSIS.compare(SAMPLE.entry("ansan").orElseThrow(), ANALYSIS.group(others));
        MetricComparison aggregate = ansan.metric(Metric.AGGREGATE).orElseThrow();

        assertThat(ansan.members()).isEqualTo(2);
        // (70 + 75) / 2
        assertThat(aggregate.stats().orElseThrow().mean()).isEqualTo(72.5);
        assertThat(aggregate.value()).hasValue(80);
        // not a member: no rank in the group
        assertThat(aggregate.rank()).isEmpty();
    }

    @Test
    void metricsAreListedInReportOrder() {
        GroupComparison whole = ANALYSIS.compare("ansan").orElseThrow().wholeSample();

        assertThat(whole.in(ANALYSIS.metrics()))
                .extracting(MetricComparison::metric)
                .containsExactlyElementsOf(ANALYSIS.metrics());
    }
}
