package org.iccindex.definition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The whole-number scores (0-100, rounded half up as published) that some set of answers can give an area: every
 * option of a choice question, every subset of a multiple-choice question, every threshold of a number question
 * (and "below the first"), no answer, and "not applicable" where the question allows it (leaving the maximum for
 * {@code exclude}, scored 0 of the maximum for {@code not_achieved}). Used to check that a definition can reproduce
 * the figures published for its edition.
 */
public final class AreaReachability {
    private AreaReachability() {}

    /** Whole-number scores reachable in {@code area} of {@code definition}. */
    public static SortedSet<Integer> reachableScores(Definition definition, AreaCode area) {
        Set<Long> totals = Set.of(pair(0, 0));
        for (Question question : definition.questionsOf(area)) {
            if (!question.isScored()) {
                continue;
            }
            Set<Long> next = new HashSet<>();
            List<long[]> outcomes = outcomes(question);
            for (long total : totals) {
                for (long[] outcome : outcomes) {
                    next.add(pair(earned(total) + outcome[0], max(total) + outcome[1]));
                }
            }
            totals = next;
        }
        SortedSet<Integer> scores = new TreeSet<>();
        for (long total : totals) {
            if (max(total) > 0) {
                scores.add(rounded(earned(total), max(total)));
            }
        }
        return scores;
    }

    /** The reachable scores nearest to {@code score} (one below and one above, or the equal one). */
    public static SortedSet<Integer> nearest(SortedSet<Integer> reachable, int score) {
        SortedSet<Integer> nearest = new TreeSet<>();
        SortedSet<Integer> below = reachable.headSet(score + 1);
        SortedSet<Integer> above = reachable.tailSet(score);
        if (!below.isEmpty()) {
            nearest.add(below.last());
        }
        if (!above.isEmpty()) {
            nearest.add(above.first());
        }
        return nearest;
    }

    /** 100 × earned / max, rounded half up, in exact integer arithmetic. */
    static int rounded(long earned, long max) {
        return (int) ((200 * earned + max) / (2 * max));
    }

    /** Each possible (points earned, points counted in the maximum) of one answer to {@code question}. */
    private static List<long[]> outcomes(Question question) {
        int max = question.maxPoints();
        Set<Integer> earned = new TreeSet<>();
        earned.add(0);
        switch (question.type()) {
            case YES_NO, SINGLE_CHOICE -> question.options().forEach(o -> earned.add(o.points()));
            case MULTIPLE_CHOICE -> {
                Set<Integer> sums = new TreeSet<>(Set.of(0));
                for (Option option : question.options()) {
                    Set<Integer> more = new TreeSet<>(sums);
                    sums.forEach(s -> more.add(s + option.points()));
                    sums = more;
                }
                earned.addAll(sums);
            }
            case NUMBER, PERCENTAGE -> question.thresholds().forEach(t -> earned.add(t.points()));
            case TEXT -> {}
        }
        List<long[]> outcomes = new java.util.ArrayList<>();
        earned.forEach(e -> outcomes.add(new long[] {e, max}));
        if (question.notApplicable() == NotApplicableRule.EXCLUDE) {
            outcomes.add(new long[] {0, 0});
        }
        return outcomes;
    }

    private static long pair(long earned, long max) {
        return (earned << 32) | max;
    }

    private static long earned(long pair) {
        return pair >>> 32;
    }

    private static long max(long pair) {
        return pair & 0xFFFFFFFFL;
    }
}
