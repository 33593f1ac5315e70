package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mini edition (src/test/resources/fixtures/mini.yaml) read into the model, checked field by field. */
class DefinitionParserTests {
    private final Definition mini = MiniEdition.definition();

    private static AreaCode area(String code) {
        return new AreaCode(code);
    }

    private Question question(String code) {
        return mini.question(new QuestionCode(code)).orElseThrow();
    }

    @Test
    void theMiniEditionIsValidWithoutAnyProblem() {
        DefinitionResult result = DefinitionParser.parse(MiniEdition.FILE, MiniEdition.yaml());

        assertThat(result).isInstanceOf(DefinitionResult.Valid.class);
        // every text has its French translation, so not even a warning
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void readsTheEditionItself() {
        assertThat(mini.edition()).isEqualTo(new EditionId("mini-2024"));
        assertThat(mini.title().english()).isEqualTo("Mini index");
        assertThat(mini.title().in("fr")).isEqualTo("Mini indice");
        assertThat(mini.inForceFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(mini.languages()).containsExactly("en", "fr");
    }

    @Test
    void readsAreasInQuestionnaireOrderWithTheirWeights() {
        assertThat(mini.areas())
                .extracting(a -> a.code().value())
                .containsExactly("profile", "commitment", "education", "public_space", "participation");
        // the profile holds facts and is not scored
        assertThat(mini.scoredAreas())
                .extracting(a -> a.code().value())
                .containsExactly("commitment", "education", "public_space", "participation");

        Area commitment = mini.area(area("commitment")).orElseThrow();
        assertThat(commitment.weight()).isEqualByComparingTo("2");
        assertThat(commitment.description().in("fr")).isEqualTo("La ville affirme son engagement et agit.");
        // weight defaults to 1
        assertThat(mini.area(area("education")).orElseThrow().weight()).isEqualByComparingTo("1");
        // 2 (commitment) + 1 + 1 + 1
        assertThat(mini.totalWeight()).isEqualByComparingTo("5");
    }

    @Test
    void anAreaIntroducedWhenTheEditionCameIntoForceIsNew() {
        Area participation = mini.area(area("participation")).orElseThrow();

        assertThat(participation.introduced()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(participation.continues()).containsExactly(area("citizenship"));
        // introduced 2024-01-01, not before in_force_from 2024-01-01: compared only with the cities that answered it
        assertThat(mini.isNewArea(area("participation"))).isTrue();
        // no `introduced`: an area of the original instrument
        assertThat(mini.isNewArea(area("education"))).isFalse();
        // the profile is not scored, so never a "new indicator"
        assertThat(mini.isNewArea(area("profile"))).isFalse();
    }

    @Test
    void readsIndicatorsAndTheLensComposite() {
        assertThat(mini.indicators())
                .extracting(Indicator::code)
                .containsExactly("commitment", "lens", "participation");

        Indicator lens = mini.composite().orElseThrow();
        assertThat(lens.code()).isEqualTo("lens");
        assertThat(lens.name().in("fr")).isEqualTo("Prisme interculturel");
        assertThat(lens.areas()).containsExactly(area("education"), area("public_space"));
        assertThat(mini.indicatorOf(area("public_space"))).contains(lens);
        assertThat(mini.indicatorOf(area("commitment")).map(Indicator::composite))
                .contains(false);
    }

    @Test
    void readsQuestionsAreaByArea() {
        assertThat(mini.questions()).hasSize(10);
        // facts are not scored: 10 questions less the 2 profile facts
        assertThat(mini.scoredQuestions()).hasSize(8);
        assertThat(mini.questionsOf(area("education")))
                .extracting(q -> q.code().value())
                .containsExactly("education.mixing", "education.budget", "education.notes");
    }

    @Test
    void maximumPointsFollowTheAnswerType() {
        // yes_no: the higher of yes 2 / no 0
        assertThat(question("commitment.statement").maxPoints()).isEqualTo(2);
        // single_choice: the highest option, adopted 3 (none 0, draft 1)
        assertThat(question("commitment.strategy").maxPoints()).isEqualTo(3);
        // multiple_choice: every option can be ticked, 1 + 1 + 2
        assertThat(question("commitment.consultation").maxPoints()).isEqualTo(4);
        // percentage: the highest threshold, 50% -> 4 (10% -> 1, 25% -> 2)
        assertThat(question("education.mixing").maxPoints()).isEqualTo(4);
        // number: the highest threshold, 10000 -> 3
        assertThat(question("education.budget").maxPoints()).isEqualTo(3);
        // text never scores
        assertThat(question("education.notes").maxPoints()).isZero();
        // a fact never scores
        assertThat(question("profile.population").maxPoints()).isZero();
    }

    @Test
    void readsEveryAnswerTypeAndKind() {
        assertThat(question("commitment.statement").type()).isEqualTo(AnswerType.YES_NO);
        assertThat(question("commitment.strategy").type()).isEqualTo(AnswerType.SINGLE_CHOICE);
        assertThat(question("commitment.consultation").type()).isEqualTo(AnswerType.MULTIPLE_CHOICE);
        assertThat(question("education.budget").type()).isEqualTo(AnswerType.NUMBER);
        assertThat(question("education.mixing").type()).isEqualTo(AnswerType.PERCENTAGE);
        assertThat(question("education.notes").type()).isEqualTo(AnswerType.TEXT);

        assertThat(question("profile.population").kind()).isEqualTo(DataKind.FACT);
        assertThat(question("commitment.strategy").kind()).isEqualTo(DataKind.INPUT);
        assertThat(question("education.mixing").kind()).isEqualTo(DataKind.IMPACT);
    }

    @Test
    void readsOptionsThresholdsAndTheirPoints() {
        Question strategy = question("commitment.strategy");
        assertThat(strategy.options())
                .extracting(Option::code, Option::points)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("none", 0),
                        org.assertj.core.api.Assertions.tuple("draft", 1),
                        org.assertj.core.api.Assertions.tuple("adopted", 3));
        assertThat(strategy.option("adopted").orElseThrow().label().in("fr")).isEqualTo("Adoptée");
        // unquoted yes and no stay the option codes "yes" and "no" (not YAML 1.1 booleans)
        assertThat(question("public_space.design").options())
                .extracting(Option::code)
                .containsExactly("yes", "no");

        assertThat(question("education.mixing").thresholds())
                .extracting(t -> t.atLeast().intValueExact(), Threshold::points)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(10, 1),
                        org.assertj.core.api.Assertions.tuple(25, 2),
                        org.assertj.core.api.Assertions.tuple(50, 4));
        // 24.9 is below the 25 threshold: still 1; 25 reaches it exactly: 2
        assertThat(question("education.mixing").pointsFor(new BigDecimal("24.9")))
                .isEqualTo(1);
        assertThat(question("education.mixing").pointsFor(new BigDecimal("25"))).isEqualTo(2);
        assertThat(question("education.mixing").pointsFor(new BigDecimal("9.99")))
                .isZero();
    }

    @Test
    void readsMandatoryNotApplicableFactsAndTexts() {
        assertThat(question("commitment.strategy").mandatory()).isTrue();
        assertThat(question("education.budget").mandatory()).isFalse();

        assertThat(question("commitment.strategy").notApplicable()).isEqualTo(NotApplicableRule.NOT_ALLOWED);
        assertThat(question("education.budget").notApplicable()).isEqualTo(NotApplicableRule.EXCLUDE);
        assertThat(question("participation.candidacy").notApplicable()).isEqualTo(NotApplicableRule.NOT_ACHIEVED);

        assertThat(question("profile.population").fact()).contains(ProfileFact.POPULATION);
        assertThat(question("profile.foreign-born").fact()).contains(ProfileFact.FOREIGN_BORN_PCT);
        assertThat(question("commitment.strategy").fact()).isEqualTo(Optional.empty());

        assertThat(question("education.budget").unit().english()).isEqualTo("euros");
        assertThat(question("participation.candidacy").help().in("fr")).startsWith("Répondez sans objet");
        assertThat(question("commitment.strategy").text().in("fr")).isEqualTo("La ville a-t-elle une stratégie ?");
        // no evidence given: empty, and any language falls back to the (absent) English: ""
        assertThat(question("commitment.strategy").evidence().in("fr")).isEmpty();
    }

    @Test
    void readsTheOptionalThemeOfAQuestion() {
        Question strategy = question("commitment.strategy");
        assertThat(strategy.theme().english()).isEqualTo("strategy and planning");
        assertThat(strategy.theme().in("fr")).isEqualTo("stratégie et planification");
        // a question without a theme has an empty one
        assertThat(question("commitment.statement").theme().isEmpty()).isTrue();
    }

    @Test
    void readsBandsWithLowerInclusiveEdges() {
        BandScheme population = mini.bands(BandAxis.POPULATION);
        assertThat(population.edges()).extracting(BigDecimal::intValueExact).containsExactly(100000, 200000, 500000);
        assertThat(population.facts()).containsExactly(ProfileFact.POPULATION);
        // three edges make four bands: <100k, 100k-200k, 200k-500k, >=500k
        assertThat(population.bands())
                .extracting(Band::code)
                .containsExactly(
                        "population--100000",
                        "population-100000-200000",
                        "population-200000-500000",
                        "population-500000-");
        // exactly 200,000 is in 200,000-500,000 (lower-inclusive)
        assertThat(population.bandOf(new BigDecimal("200000")).index()).isEqualTo(2);
        assertThat(population.bandOf(new BigDecimal("199999")).index()).isEqualTo(1);

        BandScheme foreignBorn = mini.bands(BandAxis.FOREIGN_BORN);
        // first available wins: foreign-born share, else non-nationals
        assertThat(foreignBorn.facts()).isEqualTo(List.of(ProfileFact.FOREIGN_BORN_PCT, ProfileFact.NON_NATIONAL_PCT));
        assertThat(foreignBorn.bandOf(new BigDecimal("15")).code()).isEqualTo("foreign_born-15-20");
    }
}
