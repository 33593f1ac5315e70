package org.iccindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.AnswersBasis;
import org.iccindex.result.ComputedFigures;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.ResultOrigin;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.Rounding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data, loaded through the application's own import code, reproduces what the 2020 report says of its
 * sample, and Ansan's published figures come out of the benchmark as published.
 */
abstract class AbstractDemoDataTests {
    private static final LocalDate REPORT_DATE = LocalDate.of(2020, 8, 27);

    @Autowired
    SampleService samples;

    @Autowired
    EditionCatalog catalog;

    @Autowired
    PublishedSnapshots snapshots;

    @Autowired
    CityRepository cities;

    @Autowired
    ResultRepository results;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Definition icc2019() {
        return catalog.find("icc-2019").orElseThrow();
    }

    @Test
    void theRealCitiesTheSyntheticSampleAndTheThreeFictionalCitiesAreLoaded() {
        assertThat(cities.find(new CitySlug("ansan")))
                .hasValueSatisfying(c -> assertThat(c.synthetic()).isFalse());
        assertThat(cities.find(new CitySlug("guro-gu"))).isPresent();
        assertThat(cities.find(new CitySlug("rivermouth")))
                .hasValueSatisfying(c -> assertThat(c.synthetic()).isTrue());
        long synthetic = cities.findAll().stream().filter(c -> c.synthetic()).count();
        assertThat(synthetic).isBetween(130L, 160L);
        assertThat(results.findAll())
                .filteredOn(r -> r.origin() == ResultOrigin.SYNTHETIC)
                .allSatisfy(r -> assertThat(r.city().synthetic()).isTrue());
        assertThat(results.findAll())
                .filteredOn(r -> r.origin() == ResultOrigin.PUBLISHED)
                .allSatisfy(r -> assertThat(r.source()).isPresent());
    }

    @Test
    void theSampleOfTheReportDateHasTheSizesTheReportStates() {
        SampleAnalysis analysis = samples.analysis(icc2019(), REPORT_DATE);
        assertThat(analysis.sample().size()).isEqualTo(140);
        Definition d = icc2019();
        var aboveHalfMillion =
                new ComparisonGroup.InBand(d.bands(BandAxis.POPULATION).bandOf(new java.math.BigDecimal(720000)));
        var tenToFifteen =
                new ComparisonGroup.InBand(d.bands(BandAxis.FOREIGN_BORN).bandOf(new java.math.BigDecimal("11.9")));
        assertThat(analysis.group(aboveHalfMillion).members()).hasSize(26);
        assertThat(analysis.group(tenToFifteen).members()).hasSize(35);
        assertThat(analysis.group(new ComparisonGroup.AnsweredArea(new AreaCode("participation")))
                        .members())
                .hasSize(16);
        assertThat(analysis.group(new ComparisonGroup.AnsweredArea(new AreaCode("interaction")))
                        .members())
                .hasSize(16);
    }

    @Test
    void theSampleMeansOfTheReportDateReproduceThePublishedAveragesWithinOnePoint() {
        PublishedSnapshot published = snapshots.find("icc-2020-published").orElseThrow();
        SampleAnalysis analysis = samples.analysis(icc2019(), REPORT_DATE);
        var whole = analysis.group(ComparisonGroup.WHOLE_SAMPLE);
        assertThat(published.averages()).hasSize(15);
        published
                .averages()
                .forEach((metric, average) -> assertThat(
                                whole.stats(metric).orElseThrow().mean())
                        .as(metric.code())
                        .isCloseTo(average, within(1.0)));
    }

    @Test
    void ansanKeepsItsPublishedLensAndAggregateAndIsRankedAmongTheRealLargestCitiesOnly() {
        SampleService.Comparison c = samples.compare(new CitySlug("ansan"), OptionalInt.of(2020), Optional.empty())
                .orElseThrow();
        assertThat(c.comparison().snapshot()).isEqualTo(REPORT_DATE);
        assertThat(Rounding.whole(c.comparison().city().value(Metric.LENS).getAsDouble()))
                .isEqualTo(86);
        assertThat(Rounding.whole(c.comparison().city().value(Metric.AGGREGATE).getAsDouble()))
                .isEqualTo(80);
        assertThat(c.figures().lensRecomputed().getAsDouble()).isCloseTo(85.8333, within(0.001));
        assertThat(c.figures().aggregateRecomputed().getAsDouble()).isEqualTo(79.5);
        GroupComparison largest = c.comparison().groups().get(1);
        assertThat(largest.group()).isInstanceOf(ComparisonGroup.InBand.class);
        // the three fictional cities above it (see SyntheticSampleGeneratorTests) are not ranked with a real city
        assertThat(largest.metric(Metric.AGGREGATE).orElseThrow().rank()).hasValueSatisfying(rank -> {
            assertThat(rank.position()).isEqualTo(1);
            assertThat(rank.outOf()).isLessThan(26);
        });
        assertThat(c.comparison().city().value(Metric.area(new AreaCode("education"))))
                .hasValue(95.0);
    }

    @Test
    void theFictionalCitiesAreScoredFromTheirAnswersAsTheCommandLineScoresThem() {
        StoredResult rivermouth = results.findByCity(new CitySlug("rivermouth")).get(0);
        assertThat(rivermouth.origin()).isEqualTo(ResultOrigin.COMPUTED);
        assertThat(rivermouth.method().id()).isEqualTo("points-ratio/1");
        // 22 of 24 points in commitment (demo/answers/rivermouth-2023.yaml): 91.67...
        assertThat(rivermouth.areaScores().get(new AreaCode("commitment"))).isCloseTo(100.0 * 22 / 24, within(1e-9));
        // its figures are stored as computed, with the lens and aggregate of the day and the definition's checksum
        assertThat(rivermouth.computed()).hasValueSatisfying(computed -> {
            assertThat(computed.areaScores()).isEqualTo(rivermouth.areaScores());
            assertThat(computed.definitionChecksum()).hasSize(64);
            assertThat(computed.aggregate()).isPresent();
        });
        assertThat(rivermouth.population()).contains(640000L);
        var comparison = samples.compare(new CitySlug("valmonte"), OptionalInt.empty(), Optional.empty())
                .orElseThrow();
        assertThat(Rounding.whole(
                        comparison.comparison().city().value(Metric.AGGREGATE).getAsDouble()))
                .isEqualTo(44);
    }

    @Test
    void ansanIsAnAnsweredRoundWhoseComputedFiguresSitBesideThePublishedOnes() {
        List<StoredResult> ansan = results.findByCity(new CitySlug("ansan"));
        // one result for the round: the published figures, and the set computed from the reconstructed answers
        assertThat(ansan).singleElement().satisfies(result -> {
            assertThat(result.origin()).isEqualTo(ResultOrigin.PUBLISHED);
            assertThat(result.areaScores()).doesNotContainKey(new AreaCode("anti_discrimination"));
            ComputedFigures computed = result.computed().orElseThrow();
            // the answers are this project's reconstruction from the published report, not the city's own
            assertThat(computed.basis()).isEqualTo(AnswersBasis.RECONSTRUCTED);
            // 13 of 15 points: not published, computed only
            assertThat(computed.areaScores().get(new AreaCode("anti_discrimination")))
                    .isCloseTo(100.0 * 13 / 15, within(1e-9));
            result.areaScores()
                    .forEach((area, published) -> assertThat(
                                    Rounding.whole(computed.areaScores().get(area)))
                            .as(area.value())
                            .isEqualTo(Rounding.whole(published)));
            assertThat(Rounding.whole(computed.lens().getAsDouble())).isEqualTo(86);
            assertThat(Rounding.whole(computed.aggregate().getAsDouble())).isEqualTo(80);
            // it adds an area the source does not publish, so the page shows both
            assertThat(result.computedDiffers()).isTrue();
        });
    }

    @Test
    void onlyAnsansRoundHasAnswersReconstructedFromAPublishedReport() {
        java.util.Map<String, String> bases = new java.util.TreeMap<>();
        jdbc.sql("select c.slug, r.answers_basis from assessment_round r join city c on c.id = r.city_id")
                .query((rs, n) -> bases.put(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(bases)
                .containsEntry("ansan", "RECONSTRUCTED")
                .containsEntry("valmonte", "CITY")
                .containsEntry("rivermouth", "CITY")
                .containsEntry("northbay", "CITY");
        assertThat(results.findByCity(new CitySlug("valmonte")).get(0).computed())
                .hasValueSatisfying(c -> assertThat(c.basis()).isEqualTo(AnswersBasis.CITY));
    }

    /** The evidence notes stored on a demo city's round, by question code. */
    private java.util.Map<String, String> notes(String city, int year) {
        java.util.Map<String, String> notes = new java.util.TreeMap<>();
        jdbc.sql("select a.question_code, a.evidence_note from answer a"
                        + " join assessment_round r on r.id = a.round_id join city c on c.id = r.city_id"
                        + " where c.slug = ? and r.round_year = ? and a.evidence_note <> ''")
                .params(city, year)
                .query((rs, n) -> notes.put(rs.getString(1), rs.getString(2)))
                .list();
        return notes;
    }

    @Test
    void theDemoRoundsCarryTheEvidenceNotesOfTheirAnswersFiles() {
        java.util.Map<String, String> ansan = notes("ansan", 2020);
        // every answer of ansan-2020.yaml that has a note: field
        assertThat(ansan).hasSize(88);
        assertThat(ansan.get("commitment.budget"))
                .isEqualTo("KRW 22 million for the human-rights framework plan, KRW 20 million for strategy seminars,"
                        + " 2020 [commitment]");
        assertThat(ansan.get("leadership.monitoring_group"))
                .contains("33 members")
                .contains("[leadership]");
        assertThat(notes("valmonte", 2023))
                .hasSize(15)
                .containsEntry(
                        "commitment.budget",
                        "Intercultural budget line of EUR 610,000 in 2023, held by the" + " social affairs department");
        assertThat(notes("rivermouth", 2023)).hasSize(15);
        assertThat(notes("northbay", 2023)).hasSize(11);
    }
}
