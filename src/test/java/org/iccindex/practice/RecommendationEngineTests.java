package org.iccindex.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iccindex.benchmark.CityBenchmarks;
import org.iccindex.benchmark.CityComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.Sample;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.benchmark.TiePolicy;
import org.iccindex.city.City;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.LocalizedText;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.messages.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * The engine on a small hand-made sample of six cities scored on two areas. Means (mediation): 76.8 over the sample;
 * commitment 74.2. Alpha (Italy, 150,000 inhabitants, 12 % foreign-born) scores 40 in mediation and 80 in
 * commitment, so only mediation is weak. Similarities by hand with the default weights (0.35, 0.25, 0.25, 0.15):
 * Beta (same band, 14 %, Spain: same region, 90) = .35 + .25×.9 + .25×.5 + .15×.9 = .835; Delta (next band, 25 %,
 * Italy, 80) = .175 + .25×.35 + .25 + .12 = .6325; Gamma (two bands away, 12 %, Germany, 95) = .25 + .1425 = .3925.
 */
class RecommendationEngineTests {
    /** The application's message source. */
    private static final MessageSource MESSAGES = Messages.create();

    private static final Definition ICC_2019 =
            EditionCatalog.loadFromClasspath().get(new EditionId("icc-2019"));
    private static final AreaCode MEDIATION = new AreaCode("mediation");
    private static final AreaCode COMMITMENT = new AreaCode("commitment");
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private final Sample sample = Sample.asOf(
            List.of(
                    entry("alpha", "Italy", 150_000, "12", 40, 80),
                    entry("beta", "Spain", 160_000, "14", 90, 60),
                    entry("gamma", "Germany", 900_000, "12", 95, 70),
                    entry("delta", "Italy", 300_000, "25", 80, 65),
                    entry("epsilon", "France", 150_000, "12", 60, 75),
                    entry("zeta", "Italy", 150_000, "12", 96, 95)),
            DAY);
    private long ids = 1;

    private static SampleEntry entry(
            String slug, String country, long population, String foreignBorn, double mediation, double commitment) {
        return new SampleEntry(
                slug,
                name(slug),
                country,
                true,
                ICC_2019.edition(),
                2023,
                DAY,
                Optional.of(BigDecimal.valueOf(population)),
                Optional.of(new BigDecimal(foreignBorn)),
                Map.of(Metric.area(MEDIATION), mediation, Metric.area(COMMITMENT), commitment));
    }

    private static String name(String slug) {
        return Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
    }

    private RecommendationEngine engine(String city, RecommendationSettings settings) {
        CityComparison target = SampleAnalysis.of(ICC_2019, sample, TiePolicy.WHOLE_NUMBERS)
                .compare(city)
                .orElseThrow();
        return new RecommendationEngine(
                ICC_2019,
                CityBenchmarks.inSample(target, false, 0),
                sample,
                settings,
                Regions.standard(),
                RecommendationWords.of(MESSAGES, Locale.ENGLISH));
    }

    private Practice practice(String title, String ourCity, String cityName, String country, PracticeStatus status) {
        Optional<City> city = ourCity == null
                ? Optional.empty()
                : Optional.of(new City(ids, new CitySlug(ourCity), name(ourCity), country, true));
        PracticeContent content = new PracticeContent(
                LocalizedText.en(title),
                LocalizedText.en("What " + title + " does."),
                LocalizedText.empty(),
                LocalizedText.empty(),
                LocalizedText.empty(),
                LocalizedText.empty(),
                Optional.ofNullable(cityName),
                Optional.ofNullable(country),
                Optional.of("A programme"),
                Optional.empty(),
                List.of(MEDIATION),
                List.of(),
                "test",
                DAY,
                false);
        return new Practice(
                ids++,
                title.toLowerCase(Locale.ROOT).replace(' ', '-'),
                status,
                1,
                content,
                city,
                Optional.empty(),
                Optional.empty(),
                Instant.parse("2026-03-01T10:00:00Z"),
                "test");
    }

    private List<Practice> catalogue() {
        List<Practice> practices = new ArrayList<>();
        practices.add(practice("Gamma mediation", "gamma", "Gamma", "Germany", PracticeStatus.ACTIVE));
        practices.add(practice("Bergen outreach", null, "Bergen", "Norway", PracticeStatus.ACTIVE));
        practices.add(practice("Beta mediation", "beta", "Beta", "Spain", PracticeStatus.ACTIVE));
        practices.add(practice("Epsilon mediation", "epsilon", "Epsilon", "France", PracticeStatus.ACTIVE));
        practices.add(practice("Delta mediation", "delta", "Delta", "Italy", PracticeStatus.ACTIVE));
        practices.add(practice("Alpha own mediation", "alpha", "Alpha", "Italy", PracticeStatus.ACTIVE));
        practices.add(practice("Beta retired", "beta", "Beta", "Spain", PracticeStatus.RETIRED));
        practices.add(practice("Beta proposal", "beta", "Beta", "Spain", PracticeStatus.PROPOSED));
        practices.add(practice("Network toolkit", null, null, null, PracticeStatus.ACTIVE));
        return practices;
    }

    @Test
    void aWeakAreaGetsPracticesFromHighScoringPeersMostSimilarFirst() {
        List<AreaRecommendation> areas =
                engine("alpha", RecommendationSettings.DEFAULT).recommend(catalogue());

        assertThat(areas).extracting(AreaRecommendation::area).containsExactly(MEDIATION);
        AreaRecommendation mediation = areas.get(0);
        assertThat(mediation.score()).isEqualTo(40);
        assertThat(mediation.suggestions())
                .extracting(Suggestion::title)
                .containsExactly("Beta mediation", "Delta mediation", "Gamma mediation");
        double[] expected = {0.835, 0.6325, 0.3925};
        for (int k = 0; k < expected.length; k++) {
            assertThat(mediation.suggestions().get(k).similarity()).isCloseTo(expected[k], within(1e-9));
        }
        assertThat(mediation.suggestions().get(0).reasons())
                .containsExactly(
                        "Beta: 90 in Mediation and conflict resolution",
                        "same population band (100,000 to 200,000 inhabitants)",
                        "similar share of foreign-born residents, within 3 points (14 %; Alpha: 12 %)",
                        "same region (Southern Europe)");
        assertThat(mediation.suggestions().get(1).why())
                .isEqualTo("Delta: 80 in Mediation and conflict resolution;"
                        + " next population band (200,000 to 500,000 inhabitants); same country (Italy)");
    }

    @Test
    void theShortfallsNameEachGroupTheCityIsBelowAndTheLevel() {
        RecommendationEngine.WeakArea weak =
                engine("alpha", RecommendationSettings.DEFAULT).weakAreas().get(0);
        assertThat(weak.shortfalls())
                .extracting(Shortfall::text)
                .containsExactly(
                        "the whole sample (77)",
                        "cities with 100,000 to 200,000 inhabitants (72)",
                        "cities with 10-15 % foreign-born residents (76)",
                        "the level of 50 set for suggestions");
        assertThat(weak.shortfalls().get(0).reference()).isCloseTo((40 + 90 + 95 + 80 + 60 + 96) / 6.0, within(1e-9));
    }

    @Test
    void peersBelowTheStrongLevelRetiredProposedAndOwnPracticesNeverAppear() {
        RecommendationEngine.Candidates candidates =
                engine("alpha", RecommendationSettings.DEFAULT).candidates(MEDIATION, catalogue());
        List<String> all = new ArrayList<>();
        candidates.peers().forEach(s -> all.add(s.title()));
        candidates.fallback().forEach(s -> all.add(s.title()));
        assertThat(all)
                .doesNotContain("Epsilon mediation", "Beta retired", "Beta proposal", "Alpha own mediation")
                .contains("Beta mediation", "Bergen outreach", "Network toolkit");
    }

    @Test
    void practicesWithoutAScoreOnlyFillThePlacesPeersLeaveAndSaySo() {
        RecommendationSettings five = new RecommendationSettings(50, 75, 0, 5, 0.35, 0.25, 0.25, 0.15, 20);
        List<Suggestion> suggestions =
                engine("alpha", five).recommend(catalogue()).get(0).suggestions();
        assertThat(suggestions)
                .extracting(Suggestion::title)
                .containsExactly(
                        "Beta mediation", "Delta mediation", "Gamma mediation", "Bergen outreach", "Network toolkit");
        assertThat(suggestions.get(3).basis()).isEqualTo(Suggestion.Basis.NO_RESULT);
        assertThat(suggestions.get(3).why())
                .doesNotContain("database")
                // never an empty reason: what the practice is about and where the city stands there
                .startsWith("Bergen: a practice in Mediation and conflict resolution, an area where Alpha scores 40");
        assertThat(suggestions.get(4).basis()).isEqualTo(Suggestion.Basis.PROGRAMME);
        assertThat(suggestions.get(4).why()).isEqualTo("a practice run by a programme, not by one city");
    }

    @Test
    void whenNoPeerScoresHighThePracticesWithoutAScoreAreStillSuggested() {
        List<Practice> withoutPeers =
                catalogue().stream().filter(p -> p.city().isEmpty()).toList();
        List<Suggestion> suggestions = engine("alpha", RecommendationSettings.DEFAULT)
                .recommend(withoutPeers)
                .get(0)
                .suggestions();
        assertThat(suggestions).extracting(Suggestion::title).containsExactly("Bergen outreach", "Network toolkit");
    }

    @Test
    void aCityStrongEverywhereGetsNothing() {
        RecommendationEngine strong = engine("zeta", RecommendationSettings.DEFAULT);
        assertThat(strong.weakAreas()).isEmpty();
        assertThat(strong.recommend(catalogue())).isEmpty();
    }

    @Test
    void aHigherLevelMakesMoreAreasWeakAndTheMarginFewer() {
        RecommendationSettings demanding = new RecommendationSettings(85, 75, 0, 3, 0.35, 0.25, 0.25, 0.15, 20);
        assertThat(engine("alpha", demanding).weakAreas())
                .extracting(RecommendationEngine.WeakArea::area)
                .containsExactly(COMMITMENT, MEDIATION);
        RecommendationSettings lenient = new RecommendationSettings(30, 75, 40, 3, 0.35, 0.25, 0.25, 0.15, 20);
        assertThat(engine("alpha", lenient).weakAreas()).isEmpty();
    }

    @Test
    void reasonsComeInFrench() {
        RecommendationEngine french = new RecommendationEngine(
                ICC_2019,
                CityBenchmarks.inSample(
                        SampleAnalysis.of(ICC_2019, sample, TiePolicy.WHOLE_NUMBERS)
                                .compare("alpha")
                                .orElseThrow(),
                        false,
                        0),
                sample,
                RecommendationSettings.DEFAULT,
                Regions.standard(),
                RecommendationWords.of(MESSAGES, Locale.FRENCH));
        Suggestion first = french.recommend(catalogue()).get(0).suggestions().get(0);
        assertThat(first.reasons())
                .containsExactly(
                        "Beta : 90 en Médiation et résolution des conflits",
                        "même tranche de population (de 100\u202f000 à 200\u202f000 habitants)",
                        "part voisine de résidents nés à l'étranger, à 3 points près (14 % ; Alpha : 12 %)",
                        "même région (Europe du Sud)");
    }

    @Test
    void aTextWithoutArgumentsReadsItsDoubledApostropheAsOne() {
        RecommendationWords french = RecommendationWords.of(MESSAGES, Locale.FRENCH);

        assertThat(french.text("region.western_europe")).isEqualTo("Europe de l'Ouest");
        assertThat(french.text("why.region", french.text("region.east_asia"))).isEqualTo("même région (Asie de l'Est)");
    }
}
