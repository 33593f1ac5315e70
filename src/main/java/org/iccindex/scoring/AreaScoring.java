package org.iccindex.scoring;

import java.util.List;
import java.util.OptionalDouble;
import org.iccindex.definition.AreaCode;

/** Step 2: an area's score = 100 x points earned / maximum points of its questions. */
public final class AreaScoring {
    private AreaScoring() {}

    public static AreaScore score(AreaCode area, List<QuestionScore> questions) {
        int earned = 0;
        int max = 0;
        int answered = 0;
        for (QuestionScore question : questions) {
            earned += question.earned();
            max += question.max();
            if (question.answered()) {
                answered++;
            }
        }
        OptionalDouble score;
        if (answered == 0) {
            score = OptionalDouble.empty();
        } else if (max == 0) {
            // every answered question was excluded as not applicable: nothing left to achieve or miss
            score = OptionalDouble.empty();
        } else {
            score = OptionalDouble.of(100.0 * earned / max);
        }
        return new AreaScore(area, earned, max, answered, questions.size(), score);
    }
}
