package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Step 1 on the questions of the mini edition: the points each kind of answer earns, out of what maximum. */
class QuestionScoringTests {
    private static final Definition MINI = MiniEdition.definition();

    private static Question question(String code) {
        return MINI.question(new QuestionCode(code)).orElseThrow();
    }

    private static QuestionScore score(String code, Answer answer) {
        Question question = question(code);
        assertThat(AnswerCheck.problem(question, answer)).as("the answer fits").isEmpty();
        return QuestionScoring.score(question, Optional.of(answer));
    }

    @Test
    void yesNoEarnsThePointsOfTheOptionChosen() {
        // yes 2, no 0, out of 2
        assertThat(score("commitment.statement", new Answer.YesNo(true)))
                .isEqualTo(new QuestionScore(new QuestionCode("commitment.statement"), 2, 2, true, false));
        assertThat(score("commitment.statement", new Answer.YesNo(false)))
                .isEqualTo(new QuestionScore(new QuestionCode("commitment.statement"), 0, 2, true, false));
    }

    @ParameterizedTest
    @CsvSource({"none, 0", "draft, 1", "adopted, 3"})
    void singleChoiceEarnsThePointsOfTheOptionChosenOutOfTheHighest(String option, int earned) {
        QuestionScore score = score("commitment.strategy", new Answer.Choice(option));

        assertThat(score.earned()).isEqualTo(earned);
        // the highest option, adopted
        assertThat(score.max()).isEqualTo(3);
        assertThat(score.answered()).isTrue();
    }

    @Test
    void multipleChoiceAddsThePointsOfEveryOptionTicked() {
        // residents 1 + migrants 2, out of 1 + 1 + 2
        QuestionScore two = score("commitment.consultation", new Answer.Choices(Set.of("residents", "migrants")));
        assertThat(two.earned()).isEqualTo(3);
        assertThat(two.max()).isEqualTo(4);

        // all three: 1 + 1 + 2 = the maximum
        assertThat(score("commitment.consultation", new Answer.Choices(Set.of("residents", "ngos", "migrants")))
                        .earned())
                .isEqualTo(4);
    }

    @Test
    void multipleChoiceWithNoneTickedIsAnsweredWithZero() {
        QuestionScore none = score("commitment.consultation", new Answer.Choices(Set.of()));

        // "none of these" is an answer (the area counts as answered), worth nothing
        assertThat(none).isEqualTo(new QuestionScore(new QuestionCode("commitment.consultation"), 0, 4, true, false));
    }

    @ParameterizedTest(name = "{0}% earns {1}")
    @CsvSource({"0, 0", "9.99, 0", "10, 1", "24.9, 1", "25, 2", "49.999, 2", "50, 4", "100, 4"})
    void percentageEarnsThePointsOfTheHighestThresholdReached(String value, int earned) {
        // thresholds 10% -> 1, 25% -> 2, 50% -> 4; below 10%: 0
        QuestionScore score = score("education.mixing", new Answer.Numeric(new BigDecimal(value)));

        assertThat(score.earned()).isEqualTo(earned);
        assertThat(score.max()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @CsvSource({"0, 0", "999, 0", "1000, 1", "9999.99, 1", "10000, 3", "2500000, 3"})
    void numberEarnsThePointsOfTheHighestThresholdReached(String value, int earned) {
        // thresholds 1000 -> 1, 10000 -> 3
        QuestionScore score = score("education.budget", new Answer.Numeric(new BigDecimal(value)));

        assertThat(score.earned()).isEqualTo(earned);
        assertThat(score.max()).isEqualTo(3);
    }

    @Test
    void textIsAnsweredButNeverScored() {
        assertThat(score("education.notes", new Answer.Text("We also run summer camps.")))
                .isEqualTo(new QuestionScore(new QuestionCode("education.notes"), 0, 0, true, false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "commitment.statement",
                "commitment.strategy",
                "commitment.consultation",
                "education.mixing",
                "education.budget",
                "participation.candidacy"
            })
    void anUnansweredQuestionEarnsZeroOfItsMaximum(String code) {
        Question question = question(code);

        QuestionScore score = QuestionScoring.score(question, Optional.empty());

        assertThat(score.earned()).isZero();
        assertThat(score.max()).isEqualTo(question.maxPoints()).isPositive();
        assertThat(score.answered()).isFalse();
        assertThat(score.excluded()).isFalse();
    }

    @Test
    void notApplicableWithExcludeLeavesTheMaximum() {
        // education.budget: not_applicable: exclude -> as if the question did not exist: 0 of 0
        QuestionScore score = score("education.budget", new Answer.NotApplicable("The schools have no own budget."));

        assertThat(score).isEqualTo(new QuestionScore(new QuestionCode("education.budget"), 0, 0, true, true));
    }

    @Test
    void notApplicableWithNotAchievedScoresZeroOfTheMaximum() {
        // participation.candidacy: not_applicable: not_achieved -> 0 of its 3 points (national law forbids it)
        QuestionScore score =
                score("participation.candidacy", new Answer.NotApplicable("National law reserves candidacy."));

        assertThat(score).isEqualTo(new QuestionScore(new QuestionCode("participation.candidacy"), 0, 3, true, false));
    }

    @Test
    void aFactIsNeverScored() {
        QuestionScore score = QuestionScoring.score(
                question("profile.population"), Optional.of(new Answer.Numeric(new BigDecimal("320000"))));

        assertThat(score.earned()).isZero();
        assertThat(score.max()).isZero();
        assertThat(score.answered()).isTrue();
    }
}
