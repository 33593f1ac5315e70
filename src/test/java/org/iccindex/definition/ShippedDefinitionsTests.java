package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editions the application ships: valid, complete in English and French, with the seed's structure. */
class ShippedDefinitionsTests {
    static Definition load(String edition) throws IOException {
        Path file = Path.of("src/main/resources/definitions", edition + ".yaml");
        DefinitionResult result =
                DefinitionParser.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertThat(result.problems()).as("problems of " + file).isEmpty();
        return ((DefinitionResult.Valid) result).definition();
    }

    @Test
    void icc2019HasThe86QuestionsOfWhich73MandatoryIn12IndicatorsAnd17Areas() throws IOException {
        Definition d = load("icc-2019");
        assertThat(d.scoredQuestions()).hasSize(86);
        assertThat(d.scoredQuestions().stream().filter(Question::mandatory)).hasSize(73);
        assertThat(d.indicators()).hasSize(12);
        assertThat(d.scoredAreas())
                .extracting(a -> a.code().value())
                .containsExactly(
                        "commitment",
                        "education",
                        "neighbourhoods",
                        "public_services",
                        "business",
                        "culture_social",
                        "public_space",
                        "mediation",
                        "language",
                        "media",
                        "international",
                        "intelligence",
                        "welcoming",
                        "leadership",
                        "anti_discrimination",
                        "participation",
                        "interaction");
        assertThat(d.composite())
                .hasValueSatisfying(lens -> assertThat(lens.areas())
                        .extracting(AreaCode::value)
                        .containsExactly(
                                "education",
                                "neighbourhoods",
                                "public_services",
                                "business",
                                "culture_social",
                                "public_space"));
        assertThat(d.totalWeight()).isEqualByComparingTo("17");
    }

    @Test
    void participationAndInteractionAreTheIndicatorsIntroducedInJanuary2019() throws IOException {
        Definition d = load("icc-2019");
        assertThat(d.scoredAreas())
                .filteredOn(a -> d.isNewArea(a.code()))
                .extracting(a -> a.code().value())
                .containsExactly("participation", "interaction");
        assertThat(d.area(new AreaCode("participation")).orElseThrow().introduced())
                .isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void factQuestionsPlaceTheCityInItsComparisonGroups() throws IOException {
        Definition d = load("icc-2019");
        assertThat(d.questions())
                .filteredOn(q -> q.kind() == DataKind.FACT)
                .extracting(q -> q.fact().orElse(null))
                .contains(ProfileFact.POPULATION, ProfileFact.FOREIGN_BORN_PCT, ProfileFact.NON_NATIONAL_PCT);
        assertThat(d.bands(BandAxis.POPULATION).edges())
                .extracting(e -> e.intValue())
                .containsExactly(100000, 200000, 500000);
        assertThat(d.bands(BandAxis.FOREIGN_BORN).edges())
                .extracting(e -> e.intValue())
                .containsExactly(10, 15, 20);
    }

    @Test
    void everyAnswerTypeAndBothNotApplicableRulesAreUsed() throws IOException {
        Definition d = load("icc-2019");
        assertThat(d.questions()).extracting(Question::type).contains(AnswerType.values());
        assertThat(d.questions())
                .extracting(Question::notApplicable)
                .contains(NotApplicableRule.EXCLUDE, NotApplicableRule.NOT_ACHIEVED);
        assertThat(d.question(new QuestionCode("leadership.candidacy"))
                        .orElseThrow()
                        .notApplicable())
                .as("a criterion national law may forbid still counts as not achieved")
                .isEqualTo(NotApplicableRule.NOT_ACHIEVED);
        assertThat(d.scoredQuestions())
                .allSatisfy(q -> assertThat(q.maxPoints()).isPositive());
    }

    @Test
    void everyTextIsInEnglishAndFrench() throws IOException {
        Definition d = load("icc-2019");
        for (Question q : d.questions()) {
            for (LocalizedText text : List.of(q.text(), q.help(), q.evidence())) {
                if (!text.isEmpty()) {
                    assertThat(text.texts()).as(q.code().value()).containsKeys("en", "fr");
                }
            }
        }
        d.areas().forEach(a -> assertThat(a.name().texts()).containsKeys("en", "fr"));
    }

    @Test
    void theOlderEditionHasFourteenIndicatorsWithGovernanceAndTwoWayBands() throws IOException {
        Definition d = load("icc-2011");
        assertThat(d.indicators()).hasSize(14);
        assertThat(d.composite()).isEmpty();
        assertThat(d.area(new AreaCode("governance"))).isPresent();
        assertThat(d.scoredQuestions().size()).isLessThan(86);
        assertThat(d.bands(BandAxis.POPULATION).edges())
                .extracting(e -> e.intValue())
                .containsExactly(200000);
        assertThat(d.bands(BandAxis.FOREIGN_BORN).edges())
                .extracting(e -> e.intValue())
                .containsExactly(15);
        assertThat(load("icc-2019")
                        .area(new AreaCode("leadership"))
                        .orElseThrow()
                        .continues())
                .containsExactly(new AreaCode("governance"));
    }
}
