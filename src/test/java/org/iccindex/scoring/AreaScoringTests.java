package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.QuestionCode;
import org.junit.jupiter.api.Test;

/** Step 2: area score = 100 x earned / maximum over the area's questions; no answer at all, no score. */
class AreaScoringTests {
    private static final AreaCode AREA = new AreaCode("commitment");

    private static QuestionScore answered(String code, int earned, int max) {
        return new QuestionScore(new QuestionCode(code), earned, max, true, false);
    }

    private static QuestionScore unanswered(String code, int max) {
        return new QuestionScore(new QuestionCode(code), 0, max, false, false);
    }

    private static QuestionScore excluded(String code) {
        return new QuestionScore(new QuestionCode(code), 0, 0, true, true);
    }

    @Test
    void scoreIsAHundredTimesEarnedOverMaximum() {
        AreaScore score =
                AreaScoring.score(AREA, List.of(answered("a", 2, 2), answered("b", 1, 3), answered("c", 1, 4)));

        // (2 + 1 + 1) / (2 + 3 + 4) = 4 / 9 -> 44.44...
        assertThat(score.earned()).isEqualTo(4);
        assertThat(score.max()).isEqualTo(9);
        assertThat(score.score().getAsDouble()).isCloseTo(44.4444, within(1e-4));
        assertThat(Rounding.whole(score.score().getAsDouble())).isEqualTo(44);
        assertThat(score.answered()).isEqualTo(3);
        assertThat(score.questions()).isEqualTo(3);
        assertThat(score.isAnswered()).isTrue();
    }

    @Test
    void anUnansweredQuestionInAnAnsweredAreaCountsZeroOfItsMaximum() {
        AreaScore score = AreaScoring.score(AREA, List.of(answered("a", 2, 2), unanswered("b", 3)));

        // 2 / (2 + 3) = 40
        assertThat(score.score()).hasValue(40.0);
        assertThat(score.answered()).isEqualTo(1);
        assertThat(score.questions()).isEqualTo(2);
    }

    @Test
    void anExcludedQuestionLeavesTheMaximum() {
        AreaScore score = AreaScoring.score(AREA, List.of(answered("a", 2, 4), excluded("b")));

        // 2 / 4 = 50, the excluded question counts neither way
        assertThat(score.max()).isEqualTo(4);
        assertThat(score.score()).hasValue(50.0);
    }

    @Test
    void aFullScoreIsAHundred() {
        assertThat(AreaScoring.score(AREA, List.of(answered("a", 3, 3), answered("b", 4, 4)))
                        .score())
                .hasValue(100.0);
    }

    @Test
    void anAreaWithNoAnswerHasNoScore() {
        AreaScore score = AreaScoring.score(AREA, List.of(unanswered("a", 2), unanswered("b", 3)));

        // not 0: not answered, left out of every mean
        assertThat(score.score()).isEmpty();
        assertThat(score.isAnswered()).isFalse();
        assertThat(score.max()).isEqualTo(5);
        assertThat(score.questions()).isEqualTo(2);
    }

    @Test
    void anAreaWhoseOnlyAnswersAreExcludedHasNoScore() {
        AreaScore score = AreaScoring.score(AREA, List.of(excluded("a")));

        // 0 of 0: nothing left to achieve or miss
        assertThat(score.score()).isEmpty();
        assertThat(score.answered()).isEqualTo(1);
    }
}
