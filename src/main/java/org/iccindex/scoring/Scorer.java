package org.iccindex.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;

/**
 * The scoring pipeline: {@link QuestionScoring}, then {@link AreaScoring}, {@link LensComposite} and
 * {@link IndexAggregation}, each step adding its result to the score card.
 */
public final class Scorer {
    private Scorer() {}

    /** Scores a set of answers. Answers must fit their questions (see {@link AnswersReader}, {@link AnswerCheck}). */
    public static ScoreCard score(Definition definition, AnswerSet answers) {
        if (!definition.edition().equals(answers.edition())) {
            throw new IllegalArgumentException(
                    "answers to " + answers.edition() + " cannot be scored with " + definition.edition());
        }
        Map<AreaCode, AreaScore> areas = new LinkedHashMap<>();
        List<AreaCode> notAnswered = new ArrayList<>();
        List<QuestionCode> missing = new ArrayList<>();
        for (Area area : definition.scoredAreas()) {
            List<QuestionScore> questionScores = new ArrayList<>();
            for (Question question : definition.questionsOf(area.code())) {
                questionScores.add(QuestionScoring.score(question, answers.answer(question.code())));
            }
            AreaScore score = AreaScoring.score(area.code(), questionScores);
            areas.put(area.code(), score);
            if (!score.isAnswered()) {
                notAnswered.add(area.code());
            }
        }
        for (Question question : definition.questions()) {
            if (question.mandatory() && answers.answer(question.code()).isEmpty()) {
                missing.add(question.code());
            }
        }
        Map<AreaCode, Double> exact = new LinkedHashMap<>();
        areas.forEach((code, score) -> score.score().ifPresent(s -> exact.put(code, s)));
        return new ScoreCard(
                definition.edition(),
                ScoringMethod.POINTS_RATIO_V1,
                areas,
                LensComposite.compute(definition, exact),
                IndexAggregation.compute(definition, exact),
                notAnswered,
                missing);
    }
}
