package org.iccindex.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.iccindex.benchmark.Metric;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Option;
import org.iccindex.definition.Question;
import org.iccindex.definition.Threshold;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.AnswerSet;
import org.iccindex.scoring.AreaScore;
import org.iccindex.scoring.AreaScoring;
import org.iccindex.scoring.IndexAggregation;
import org.iccindex.scoring.LensComposite;
import org.iccindex.scoring.QuestionScore;
import org.iccindex.scoring.QuestionScoring;
import org.iccindex.scoring.Rounding;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;

/**
 * The what-if planner. A candidate change gives one scored question an answer that earns more points than it does
 * now: a better option, one more ticked option of a "which of these" list, or the lowest value of a higher
 * threshold. "Not applicable" is never suggested: it states a fact about the city, not something to do. Each
 * candidate's value comes from the scorer's own steps on the changed answers, so the promised gain is exactly what
 * scoring again gives ({@code WhatIfExactnessTests} checks it against {@link Scorer}).
 */
public final class WhatIf {
    private WhatIf() {}

    /** The metric's exact value on a score card; empty when it has none (no answered area counts). */
    public static OptionalDouble value(ScoreCard card, Metric metric) {
        if (metric instanceof Metric.Area area) {
            var score = card.areas().get(area.area());
            return score == null ? OptionalDouble.empty() : score.score();
        }
        return metric instanceof Metric.Lens ? card.lens() : card.aggregate();
    }

    /** The single-answer changes that raise {@code metric}, largest gain first (ties: questionnaire order). */
    public static List<Suggestion> suggestions(Definition definition, AnswerSet answers, Metric metric) {
        Evaluation evaluation = new Evaluation(definition, answers);
        double before = evaluation.current(metric);
        List<Suggestion> found = new ArrayList<>();
        for (Change change : candidates(definition, answers)) {
            OptionalDouble after = evaluation.with(change, metric);
            if (after.isPresent() && after.getAsDouble() > before) {
                found.add(new Suggestion(change, before, after.getAsDouble()));
            }
        }
        // a stable sort keeps questionnaire order among equal gains
        found.sort(Comparator.comparingDouble(Suggestion::gain).reversed());
        return found;
    }

    /**
     * A plan to bring {@code metric} to a shown value of at least {@code target} (0-100): at each step the change
     * with the largest gain. While every area the metric counts is answered, gains of different changes add up,
     * so taking the largest first needs the fewest changes; an area answered for the first time changes the mean's
     * denominator, and the plan is then short but not proven shortest.
     */
    public static Plan plan(Definition definition, AnswerSet answers, Metric metric, int target) {
        if (target < 0 || target > 100) {
            throw new IllegalArgumentException("a target lies between 0 and 100, found " + target);
        }
        double start = valueOrZero(Scorer.score(definition, answers), metric);
        List<Suggestion> steps = new ArrayList<>();
        AnswerSet current = answers;
        double value = start;
        while (Rounding.whole(value) < target) {
            List<Suggestion> next = suggestions(definition, current, metric);
            if (next.isEmpty()) {
                return new Plan(metric, start, target, steps, false);
            }
            Suggestion best = next.get(0);
            steps.add(best);
            current = best.change().applyTo(current);
            value = best.after();
        }
        return new Plan(metric, start, target, steps, true);
    }

    /** Every answer to a scored question that earns more points than the current one, in questionnaire order. */
    static List<Change> candidates(Definition definition, AnswerSet answers) {
        List<Change> changes = new ArrayList<>();
        for (Question question : definition.scoredQuestions()) {
            if (question.maxPoints() == 0) {
                continue;
            }
            Optional<Answer> current = answers.answer(question.code());
            int earned = QuestionScoring.score(question, current).earned();
            for (Answer better : better(question, current, earned)) {
                changes.add(new Change(question.code(), current, better));
            }
        }
        return changes;
    }

    private static List<Answer> better(Question question, Optional<Answer> current, int earned) {
        List<Answer> answers = new ArrayList<>();
        switch (question.type()) {
            case YES_NO -> {
                for (Option option : question.options()) {
                    if (option.points() > earned) {
                        answers.add(new Answer.YesNo(option.code().equals("yes")));
                    }
                }
            }
            case SINGLE_CHOICE -> {
                for (Option option : question.options()) {
                    if (option.points() > earned) {
                        answers.add(new Answer.Choice(option.code()));
                    }
                }
            }
            case MULTIPLE_CHOICE -> {
                Set<String> ticked = current.filter(Answer.Choices.class::isInstance)
                        .map(a -> ((Answer.Choices) a).options())
                        .orElse(Set.of());
                for (Option option : question.options()) {
                    if (option.points() > 0 && !ticked.contains(option.code())) {
                        Set<String> more = new LinkedHashSet<>(ticked);
                        more.add(option.code());
                        answers.add(new Answer.Choices(more));
                    }
                }
            }
            case NUMBER, PERCENTAGE -> {
                for (Threshold threshold : question.thresholds()) {
                    if (threshold.points() > earned) {
                        answers.add(new Answer.Numeric(threshold.atLeast()));
                    }
                }
            }
            case TEXT -> {}
        }
        return answers;
    }

    private static double valueOrZero(ScoreCard card, Metric metric) {
        return value(card, metric).orElse(0);
    }

    /**
     * The answers scored once; a change then rescores only its own area and recomputes the lens and the aggregate
     * with the scorer's own steps ({@link AreaScoring}, {@link LensComposite}, {@link IndexAggregation}) on the same
     * figures, so the value is the one {@link Scorer} gives for the changed answers, to the last bit.
     */
    private static final class Evaluation {
        private final Definition definition;
        private final ScoreCard card;
        private final Map<AreaCode, List<QuestionScore>> questions = new HashMap<>();

        Evaluation(Definition definition, AnswerSet answers) {
            this.definition = definition;
            this.card = Scorer.score(definition, answers);
            for (Area area : definition.scoredAreas()) {
                List<QuestionScore> scores = new ArrayList<>();
                for (Question question : definition.questionsOf(area.code())) {
                    scores.add(QuestionScoring.score(question, answers.answer(question.code())));
                }
                questions.put(area.code(), scores);
            }
        }

        double current(Metric metric) {
            return valueOrZero(card, metric);
        }

        /** The metric after {@code change}; empty when the change cannot move it (another area, an unscored one). */
        OptionalDouble with(Change change, Metric metric) {
            Question question = definition.question(change.question()).orElseThrow();
            AreaCode area = question.area();
            List<QuestionScore> before = questions.get(area);
            if (before == null || (metric instanceof Metric.Area m && !m.area().equals(area))) {
                return OptionalDouble.empty();
            }
            List<QuestionScore> after = new ArrayList<>(before);
            for (int i = 0; i < after.size(); i++) {
                if (after.get(i).question().equals(question.code())) {
                    after.set(i, QuestionScoring.score(question, Optional.of(change.to())));
                }
            }
            AreaScore score = AreaScoring.score(area, after);
            if (metric instanceof Metric.Area) {
                return OptionalDouble.of(score.score().orElse(0));
            }
            Map<AreaCode, Double> exact = card.areaScores();
            if (score.score().isPresent()) {
                exact.put(area, score.score().getAsDouble());
            } else {
                exact.remove(area);
            }
            OptionalDouble value = metric instanceof Metric.Lens
                    ? LensComposite.compute(definition, exact)
                    : IndexAggregation.compute(definition, exact);
            return OptionalDouble.of(value.orElse(0));
        }
    }
}
