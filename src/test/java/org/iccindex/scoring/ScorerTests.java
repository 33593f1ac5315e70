package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.MiniEdition;
import org.iccindex.definition.QuestionCode;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the mini edition: a score card as a city would read it. */
class ScorerTests {
    private static final Definition MINI = MiniEdition.definition();

    private static AreaCode area(String code) {
        return new AreaCode(code);
    }

    private static AnswerSet answers(Map<String, Answer> byCode) {
        Map<QuestionCode, Answer> answers = new LinkedHashMap<>();
        byCode.forEach((code, answer) -> answers.put(new QuestionCode(code), answer));
        return new AnswerSet(MINI.edition(), answers);
    }

    /**
     * commitment: yes 2 + draft 1 + residents and migrants 1 + 2 = 6 of 2 + 3 + 4 = 9; education: 30% -> 2 of 4
     * (the budget is excluded as not applicable, the text has no points); public_space: not answered;
     * participation: not applicable, not achieved: 0 of 3.
     */
    private static ScoreCard rivermouth() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("commitment.statement", new Answer.YesNo(true));
        answers.put("commitment.strategy", new Answer.Choice("draft"));
        answers.put("commitment.consultation", new Answer.Choices(Set.of("residents", "migrants")));
        answers.put("education.mixing", new Answer.Numeric(new BigDecimal("30")));
        answers.put("education.budget", new Answer.NotApplicable("No school budget of our own."));
        answers.put("education.notes", new Answer.Text("Summer camps."));
        answers.put("participation.candidacy", new Answer.NotApplicable("National law."));
        return Scorer.score(MINI, answers(answers));
    }

    @Test
    void scoresEveryScoredAreaInReportOrder() {
        ScoreCard card = rivermouth();

        assertThat(card.areas().keySet())
                .containsExactly(area("commitment"), area("education"), area("public_space"), area("participation"));
        // 100 x 6 / 9
        assertThat(card.areas().get(area("commitment")).score().getAsDouble()).isCloseTo(66.6667, within(1e-4));
        // 100 x 2 / 4
        assertThat(card.areas().get(area("education")).score()).hasValue(50.0);
        assertThat(card.areas().get(area("education")).max()).isEqualTo(4);
        // not achieved is answered: 0, not "not answered"
        assertThat(card.areas().get(area("participation")).score()).hasValue(0.0);
        assertThat(card.areas().get(area("public_space")).score()).isEmpty();
    }

    @Test
    void flagsTheAreasLeftOutAndTheMandatoryQuestionsMissing() {
        ScoreCard card = rivermouth();

        assertThat(card.notAnswered()).containsExactly(area("public_space"));
        // mandatory and unanswered, in questionnaire order: a fact and the public-space question
        assertThat(card.missingMandatory())
                .containsExactly(new QuestionCode("profile.population"), new QuestionCode("public_space.design"));
        assertThat(card.areaScores()).doesNotContainKey(area("public_space")).hasSize(3);
    }

    @Test
    void computesTheLensAndTheWeightedAggregate() {
        ScoreCard card = rivermouth();

        // lens (education, public_space): public_space is not answered, so the mean of education alone
        assertThat(card.lens()).hasValue(50.0);
        // (2 x 66.667 + 1 x 50 + 1 x 0) / (2 + 1 + 1): public_space and its weight are left out
        assertThat(card.aggregate().getAsDouble()).isCloseTo((2 * 200.0 / 3 + 50 + 0) / 4, within(1e-9));
        assertThat(card.aggregate().getAsDouble()).isCloseTo(45.8333, within(1e-4));
        assertThat(Rounding.whole(card.aggregate().getAsDouble())).isEqualTo(46);
    }

    @Test
    void namesTheEditionAndTheMethod() {
        ScoreCard card = rivermouth();

        assertThat(card.edition()).isEqualTo(new EditionId("mini-2024"));
        assertThat(card.method()).isEqualTo(ScoringMethod.POINTS_RATIO_V1);
        assertThat(card.method().id()).isEqualTo("points-ratio/1");
    }

    @Test
    void noAnswersAtAllLeaveEveryAreaOutAndNoIndex() {
        ScoreCard card = Scorer.score(MINI, answers(Map.of()));

        assertThat(card.notAnswered()).hasSize(4);
        assertThat(card.lens()).isEmpty();
        assertThat(card.aggregate()).isEmpty();
        // 5 mandatory scored questions and the mandatory population fact
        assertThat(card.missingMandatory()).hasSize(6);
    }

    @Test
    void refusesAnswersToAnotherEdition() {
        AnswerSet other = new AnswerSet(new EditionId("icc-2019"), Map.of());

        assertThatThrownBy(() -> Scorer.score(MINI, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("icc-2019")
                .hasMessageContaining("mini-2024");
    }
}
