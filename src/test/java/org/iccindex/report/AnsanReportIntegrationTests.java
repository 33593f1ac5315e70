package org.iccindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.iccindex.city.CitySlug;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The Ansan test: from Ansan's published 2020 area scores and the 2020 published sample averages, the report
 * states every score and sample figure of the 2020 report with that report's comparative wording, the lens as a
 * rate of achievement (86 % against 61 %) and the aggregate 80.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class AnsanReportIntegrationTests {
    private static CityReport english;
    private static String englishHtml;
    private static CityReport french;

    @Autowired
    Reports reports;

    private CityReport english() {
        if (english == null) {
            english = reports.draft(request(Locale.ENGLISH));
            englishHtml = reports.html(english);
        }
        return english;
    }

    private CityReport french() {
        if (french == null) {
            french = reports.draft(request(Locale.FRENCH));
        }
        return french;
    }

    private static ReportRequest request(Locale locale) {
        return new ReportRequest(new CitySlug("ansan"), 2020, Optional.of("icc-2020-published"), locale);
    }

    @ParameterizedTest(name = "{0}: {1} against {2}, {3}")
    @CsvSource({
        "public_services, public services, 94, 44, considerably higher",
        "education, education, 95, 68, considerably higher",
        "mediation, mediation and conflict resolution, 80, 60, considerably higher",
        "language, language, 59, 47, considerably higher",
        "welcoming, welcoming newcomers, 60, 56, just higher",
        "culture_social, cultural and social life, 75, 73, slightly higher",
        "public_space, public space, 63, 66, slightly lower",
        "commitment, commitment, 58, 69, lower"
    })
    void eachAreaOfTheSeedTableIsStatedWithItsFiguresAndWording(
            String code, String area, int city, int sample, String wording) {
        String sentence = "Ansan scores " + city + " in " + area + ", " + wording + " than the city-sample result of "
                + sample + ".";
        assertThat(paragraph(english(), "area." + code + ".score")).startsWith(sentence);
        assertThat(englishHtml).contains(sentence);
    }

    @Test
    void theLensIsARateOfAchievementAgainstTheSample() {
        assertThat(paragraph(english(), "lens.rate"))
                .isEqualTo("Seen through the intercultural lens, Ansan has achieved 86 % of these objectives, while"
                        + " the city sample reaches 61 %: a rate of achievement considerably higher than the"
                        + " sample's.");
        assertThat(paragraph(french(), "lens.rate"))
                .contains("Ansan a atteint 86 % de ces objectifs, quand l'échantillon de villes en atteint 61 %")
                .contains("nettement supérieur à celui de l'échantillon");
    }

    @Test
    void theAggregateIs80WithNoRankAgainstThePublishedBenchmark() {
        assertThat(paragraph(english(), "aggregate.score"))
                .isEqualTo("Ansan has an aggregate intercultural city index of 80 out of 100.");
        // the published benchmark gives no ranks and no group means: none are stated
        assertThat(english().rankStatements()).isEmpty();
        assertThat(paragraph(english(), "area.education.score"))
                .isEqualTo("Ansan scores 95 in education, considerably higher than the city-sample result of 68.");
        assertThat(englishHtml).contains("aggregate intercultural city index of 80 out of 100");
    }

    @Test
    void theBenchmarkTheMethodAndTheNewIndicatorsAreNamedWithTheirCounts() {
        CityReport report = english();
        assertThat(report.title()).isEqualTo("Ansan: Intercultural City Index analysis 2020");
        assertThat(report.benchmark())
                .isEqualTo("A comparison between 140 cities: the city-sample averages published on 27 August 2020"
                        + " (snapshot icc-2020-published).");
        assertThat(paragraph(report, "methodology.questionnaire"))
                .contains("86 scored questions, 73 of them mandatory, grouped in 12 indicators")
                .contains("17 areas");
        assertThat(paragraph(report, "methodology.bands"))
                .isEqualTo("Among the 140 cities of the sample, 26 (including Ansan) have 500,000 inhabitants and"
                        + " more and 35 (including Ansan) have 10-15 % foreign-born residents.");
        assertThat(paragraph(report, "new.intro")).contains("16 cities have answered these questions so far");
        // the published benchmark gives no figure for the new indicators: no comparison is made
        assertThat(paragraph(report, "area.participation.score"))
                .isEqualTo("Ansan scores 45 in participation. The published benchmark gives no city-sample figure"
                        + " for this area, so none is compared here.");
        // the caveat lists what the benchmark publishes and what it does not
        assertThat(report.notices())
                .anySatisfy(n -> assertThat(n)
                        .contains("the averages of its 140 cities for intercultural lens, commitment, education")
                        .contains("It gives no figure for aggregate index, anti-discrimination, participation and"
                                + " interaction"));
        // the report's methodology says what is this project's and what is not
        assertThat(paragraph(report, "methodology.reconstruction"))
                .contains("this project's own reconstruction from the programme's public reports")
                .contains("not the official questionnaire");
        assertThat(paragraph(report, "methodology.scores"))
                .contains("a setting of this edition rather than a rule of the ICC method");
    }

    @Test
    void anAreaThePublishedResultGivesNoFigureForIsNotPublishedNeverNotAnswered() {
        assertThat(paragraph(english(), "area.anti_discrimination.score"))
                .contains("gives no figure for anti-discrimination: not published")
                .contains("Computed from the answers reconstructed from the published report, its score is 87;"
                        + " that figure is not part of the published result.");
        assertThat(englishHtml).doesNotContain("not answered").doesNotContain("Answer this area in the next round");
        assertThat(paragraph(french(), "area.anti_discrimination.score"))
                .contains("non publié")
                .contains("réponses reconstituées d'après le rapport publié, son score est de 87");
    }

    @Test
    void everyAreaHasItsSectionInTheOrderOfTheReportAndEveryChartItsNumbers() {
        CityReport report = english();
        assertThat(report.sections().stream().filter(Section::isArea).map(Section::title))
                .startsWith("Commitment", "Education", "Neighbourhoods", "Public services")
                .endsWith("Anti-discrimination", "Participation", "Interaction")
                .hasSize(17);
        // one chart per area the published benchmark gives an average for, the lens, and the profile
        assertThat(report.charts()).hasSize(14 + 1 + 1);
        Chart education = report.charts().stream()
                .filter(c -> c.id().equals("chart-education"))
                .findFirst()
                .orElseThrow();
        assertThat(education.alt())
                .contains("The city sample, published (140 cities): Ansan 95, group mean 68")
                .doesNotContain("500,000");
        assertThat(education.svg()).contains("width=\"640\"").doesNotContain("style=");
        assertThat(englishHtml).contains("<caption>" + education.title() + "</caption>");
    }

    @Test
    void theFrenchReportUsesTheFrenchWording() {
        assertThat(paragraph(french(), "area.commitment.score"))
                .startsWith("Le score d'Ansan dans le domaine « engagement » est de 58, inférieur à celui de"
                        + " l'échantillon de villes (69).");
        assertThat(french().title()).isEqualTo("Ansan : analyse de l'Indice des cités interculturelles 2020");
    }

    private static String paragraph(CityReport report, String key) {
        return report.paragraphs().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + key))
                .text();
    }
}
