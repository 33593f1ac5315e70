package org.iccindex.assessment.web;

import java.util.List;
import java.util.Optional;

/**
 * "Where can we improve?": the metrics to choose from, the chosen one's provisional value, the changes that raise it
 * most, and a plan to the target when one is asked for.
 */
record ImprovePage(
        RoundHeader round,
        List<Choice> metrics,
        String metric,
        String metricName,
        String value,
        String exact,
        Optional<Integer> target,
        Optional<String> targetProblem,
        List<Step> suggestions,
        Optional<PlanView> plan) {

    record Choice(String code, String name) {}

    /** One change: the question (with its link), what to do, the value after it and the exact gain. */
    record Step(String question, String area, String anchor, String change, String after, String gain) {}

    record PlanView(boolean reached, boolean alreadyThere, String from, String to, List<Step> steps) {}
}
