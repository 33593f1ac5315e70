package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iccindex.benchmark.CityBenchmark.Gap;
import org.iccindex.benchmark.CityBenchmark.NoRanks;
import org.iccindex.benchmark.CityBenchmark.RankStatement;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.MiniEdition;
import org.iccindex.messages.Messages;
import org.iccindex.wording.RankStatements;
import org.iccindex.wording.Wording;
import org.junit.jupiter.api.Test;

/** The one benchmark view model, built for a fictional city, a real city against its published snapshot and one against the demo sample. */
class CityBenchmarksTests {
    private static final Definition MINI = MiniEdition.definition();
    private static final Metric COMMITMENT = Metric.area(new AreaCode("commitment"));
    private static final Metric EDUCATION = Metric.area(new AreaCode("education"));
    private static final Metric PARTICIPATION = Metric.area(new AreaCode("participation"));

    /**
     * <pre>
     * city        kind        population  foreign-born  aggregate  participation
     * valmonte    fictional      720,000        8 %          80           50
     * brekkesund  fictional      600,000       12 %          70           40
     * corvia      fictional      300,000        8 %          75            -
     * ansan       real           720,000        8 %          82           45
     * dublin      real           550,000       20 %          76            -
     * </pre>
     */
    private static final SampleAnalysis ANALYSIS = SampleAnalysis.of(
            MINI,
            Sample.asOf(
                    List.of(
                            Entries.city("valmonte")
                                    .synthetic()
                                    .population(720_000)
                                    .foreignBorn("8")
                                    .aggregate(80)
                                    .area("participation", 50)
                                    .build(),
                            Entries.city("brekkesund")
                                    .synthetic()
                                    .population(600_000)
                                    .foreignBorn("12")
                                    .aggregate(70)
                                    .area("participation", 40)
                                    .build(),
                            Entries.city("corvia")
                                    .synthetic()
                                    .population(300_000)
                                    .foreignBorn("8")
                                    .aggregate(75)
                                    .build(),
                            Entries.city("ansan")
                                    .population(720_000)
                                    .foreignBorn("8")
                                    .aggregate(82)
                                    .lens(86)
                                    .area("commitment", 58)
                                    .area("participation", 45)
                                    .build(),
                            Entries.city("dublin")
                                    .population(550_000)
                                    .foreignBorn("20")
                                    .aggregate(76)
                                    .build()),
                    LocalDate.of(2021, 1, 1)),
            TiePolicy.WHOLE_NUMBERS);

    private static final ComparisonGroup LARGEST =
            new ComparisonGroup.InBand(MINI.bands(BandAxis.POPULATION).bandOf(BigDecimal.valueOf(720_000)));
    private static final ComparisonGroup BELOW_TEN =
            new ComparisonGroup.InBand(MINI.bands(BandAxis.FOREIGN_BORN).bandOf(new BigDecimal("8")));
    private static final ComparisonGroup ANSWERED = new ComparisonGroup.AnsweredArea(new AreaCode("participation"));

    private static CityBenchmark inSample(String city, boolean figuresPublished) {
        return CityBenchmarks.inSample(ANALYSIS.compare(city).orElseThrow(), figuresPublished, 3);
    }

    @Test
    void aFictionalCityIsRankedAmongTheFictionalCitiesOfEachOfItsGroups() {
        CityBenchmark valmonte = inSample("valmonte", false);

        // whole sample: Valmonte 80, Corvia 75, Brekkesund 70 of the fictional; five cities have an aggregate
        // 500,000 and more: Valmonte, Brekkesund (fictional), Ansan, Dublin; below 10 %: Valmonte, Corvia, Ansan;
        // participation: Valmonte 50, Brekkesund 40 of the fictional, with Ansan three cities answered it
        assertThat(valmonte.rankStatements())
                .extracting(
                        RankStatement::group,
                        s -> s.rank().position(),
                        s -> s.rank().outOf(),
                        RankStatement::withFigure,
                        RankStatement::synthetic)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Optional.of(ComparisonGroup.WHOLE_SAMPLE), 1, 3, 5, true),
                        org.assertj.core.groups.Tuple.tuple(Optional.of(LARGEST), 1, 2, 4, true),
                        org.assertj.core.groups.Tuple.tuple(Optional.of(BELOW_TEN), 1, 2, 3, true),
                        org.assertj.core.groups.Tuple.tuple(Optional.of(ANSWERED), 1, 2, 3, true));
        assertThat(valmonte.rankStatements())
                .allSatisfy(s -> assertThat(s.metric()).isEqualTo(Metric.AGGREGATE));
        // the fictional neighbours only: ahead of Corvia (75) and Brekkesund (70), never Ansan or Dublin
        assertThat(valmonte.rankStatements().get(0).rank().ahead())
                .extracting(RankPosition.Neighbour::city)
                .containsExactly("corvia", "brekkesund");
        assertThat(valmonte.noRanks()).isEmpty();
        assertThat(valmonte.realAgainstFictional()).isFalse();
    }

    @Test
    void againstTheHeldSampleEachMetricIsComparedWithTheWholeSamplesMean() {
        CityBenchmark valmonte = inSample("valmonte", false);

        // (80 + 70 + 75 + 82 + 76) / 5 = 76.6, shown 77: 80 - 77 = +3
        assertThat(valmonte.row(Metric.AGGREGATE).reference()).hasValue(76.6);
        assertThat(valmonte.row(Metric.AGGREGATE).difference()).hasValue(3);
        // participation: (50 + 40 + 45) / 3 = 45, the cities that answered it
        assertThat(valmonte.row(PARTICIPATION).reference()).hasValue(45.0);
        assertThat(valmonte.row(PARTICIPATION).difference()).hasValue(5);
        // Valmonte has no commitment figure; only Ansan has one
        assertThat(valmonte.row(COMMITMENT).gap()).contains(Gap.NO_FIGURE);
        assertThat(valmonte.row(EDUCATION).gap()).contains(Gap.NO_REFERENCE);
        assertThat(valmonte.columns())
                .extracting(GroupComparison::group)
                .containsExactly(ComparisonGroup.WHOLE_SAMPLE, LARGEST, BELOW_TEN);
        assertThat(valmonte.sampleSize()).isEqualTo(5);
        assertThat(valmonte.date()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void aRealCityAgainstItsPublishedSnapshotHasNoRanksNoGroupMeansAndNotPublishedCells() {
        PublishedSnapshot snapshot = new PublishedSnapshot(
                "mini-2020-published",
                new EditionId("mini-2024"),
                LocalDate.of(2020, 8, 27),
                140,
                Map.of(COMMITMENT, 69.0, Metric.LENS, 61.0, PARTICIPATION, 44.0),
                "the city's own report");
        // as its report published them: aggregate, lens and commitment, no participation
        Map<Metric, Double> published = Map.of(Metric.AGGREGATE, 80.0, Metric.LENS, 86.0, COMMITMENT, 58.0);

        CityBenchmark ansan =
                CityBenchmarks.againstPublished(ANALYSIS.compare("ansan").orElseThrow(), snapshot, published, true, 3);

        assertThat(ansan.againstPublished()).isTrue();
        assertThat(ansan.rankStatements()).isEmpty();
        assertThat(ansan.noRanks()).contains(NoRanks.PUBLISHED_SNAPSHOT);
        // 86 - 61 = +25, 58 - 69 = -11
        assertThat(ansan.row(Metric.LENS).difference()).hasValue(25);
        assertThat(ansan.row(COMMITMENT).difference()).hasValue(-11);
        // the report gives no aggregate average, and no participation score for Ansan: not compared
        assertThat(ansan.row(Metric.AGGREGATE).gap()).contains(Gap.NO_REFERENCE);
        assertThat(ansan.row(Metric.AGGREGATE).value()).hasValue(80);
        assertThat(ansan.row(PARTICIPATION).gap()).contains(Gap.NO_FIGURE);
        assertThat(ansan.row(PARTICIPATION).reference()).hasValue(44);
        assertThat(ansan.figuresPublished()).isTrue();
        // the held sample is described by its groups' sizes, never its means or ranks
        assertThat(ansan.wholeSample().members()).isEqualTo(5);
        assertThat(ansan.groups()).allSatisfy(g -> assertThat(g.metrics()).isEmpty());
        assertThat(ansan.sampleSize()).isEqualTo(140);
        assertThat(ansan.date()).isEqualTo(LocalDate.of(2020, 8, 27));
        assertThat(ansan.realAgainstFictional()).isFalse();
    }

    @Test
    void aRealCityAgainstTheDemoSampleIsLabelledAndRankedAmongRealCitiesOnly() {
        CityBenchmark ansan = inSample("ansan", true);

        assertThat(ansan.realAgainstFictional()).isTrue();
        assertThat(ansan.fictionalInSample()).isEqualTo(3);
        // whole sample: Ansan 82, Dublin 76 (real), five with an aggregate; 500,000 and more: Ansan, Dublin (real)
        // of four; below 10 % and participation: Ansan the only real city, which ranks nothing
        assertThat(ansan.rankStatements())
                .extracting(
                        RankStatement::group,
                        s -> s.rank().position(),
                        s -> s.rank().outOf(),
                        RankStatement::withFigure)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Optional.of(ComparisonGroup.WHOLE_SAMPLE), 1, 2, 5),
                        org.assertj.core.groups.Tuple.tuple(Optional.of(LARGEST), 1, 2, 4));
        assertThat(ansan.rankStatements().get(0).rank().ahead())
                .extracting(RankPosition.Neighbour::city)
                .containsExactly("dublin");
        // said with the metric and the group in words, counting real cities only
        assertThat(RankStatements.of(ansan, MINI, Wording.of(Messages.create()::getMessage, Locale.ENGLISH)))
                .first()
                .isEqualTo("Its aggregate index ranks 1st of the 2 real cities in the sample, ahead of Dublin (76)");
    }

    @Test
    void aCityAloneOfItsKindInEachGroupHasNoRanksAndSaysWhy() {
        Sample sample = Sample.asOf(
                List.of(
                        Entries.city("ansan").aggregate(82).build(),
                        Entries.city("valmonte").synthetic().aggregate(80).build()),
                LocalDate.of(2021, 1, 1));
        CityComparison ansan = SampleAnalysis.of(MINI, sample, TiePolicy.WHOLE_NUMBERS)
                .compare("ansan")
                .orElseThrow();

        CityBenchmark benchmark = CityBenchmarks.inSample(ansan, false, 1);

        assertThat(benchmark.rankStatements()).isEmpty();
        assertThat(benchmark.noRanks()).contains(NoRanks.ALONE_OF_ITS_KIND);
    }
}
