package org.iccindex.scoring;

import java.util.Optional;
import org.iccindex.definition.NotApplicableRule;
import org.iccindex.definition.Question;

/** Step 1: the points one answer earns on its question. */
public final class QuestionScoring {
    private QuestionScoring() {}

    /** Scores {@code answer} (empty: unanswered, 0 points). The answer must fit the question ({@link AnswerCheck}). */
    public static QuestionScore score(Question question, Optional<Answer> answer) {
        int max = question.maxPoints();
        if (answer.isEmpty()) {
            return new QuestionScore(question.code(), 0, max, false, false);
        }
        Answer given = answer.get();
        if (given instanceof Answer.NotApplicable) {
            boolean excluded = question.notApplicable() == NotApplicableRule.EXCLUDE;
            return new QuestionScore(question.code(), 0, excluded ? 0 : max, true, excluded);
        }
        int earned = 0;
        if (max > 0) {
            if (given instanceof Answer.YesNo yesNo) {
                earned =
                        question.option(yesNo.optionCode()).map(o -> o.points()).orElse(0);
            } else if (given instanceof Answer.Choice choice) {
                earned = question.option(choice.option()).map(o -> o.points()).orElse(0);
            } else if (given instanceof Answer.Choices choices) {
                earned = choices.options().stream()
                        .mapToInt(
                                o -> question.option(o).map(opt -> opt.points()).orElse(0))
                        .sum();
            } else if (given instanceof Answer.Numeric numeric) {
                earned = question.pointsFor(numeric.value());
            }
        }
        return new QuestionScore(question.code(), earned, max, true, false);
    }
}
