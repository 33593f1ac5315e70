package org.iccindex.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CurrentUsers;
import org.iccindex.assessment.RoundContents;
import org.iccindex.assessment.Rounds;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.planning.ChangeWords;
import org.iccindex.planning.Plan;
import org.iccindex.planning.Suggestion;
import org.iccindex.planning.WhatIf;
import org.iccindex.scoring.AnswerSet;
import org.iccindex.scoring.Rounding;
import org.iccindex.scoring.Scorer;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.iccindex.wording.Wording;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Where can we improve?": the what-if planner on a round's answers as they stand. */
@Controller
class ImproveController {
    private static final int SHOWN = 10;

    private final Rounds rounds;
    private final CurrentUsers users;
    private final PageWords pageWords;

    ImproveController(Rounds rounds, CurrentUsers users, PageWords pageWords) {
        this.rounds = rounds;
        this.users = users;
        this.pageWords = pageWords;
    }

    @GetMapping("/rounds/{roundId}/improve")
    String improve(
            @PathVariable("roundId") long id,
            @RequestParam(name = "metric", defaultValue = "aggregate") String metricCode,
            @RequestParam(name = "target", defaultValue = "") String targetText,
            Locale locale,
            Model model) {
        var user = users.require();
        var round = rounds.load(id, user);
        RoundContents contents = rounds.contents(id, user);
        Definition definition = contents.definition();
        Words words = pageWords.of(locale);
        String lang = words.language();
        Wording wording = words.wording();
        List<Metric> metrics = SampleAnalysis.metricsOf(definition);
        Metric metric = metrics.stream()
                .filter(m -> m.code().equals(metricCode))
                .findFirst()
                .orElse(Metric.AGGREGATE);
        Optional<Integer> target = Optional.empty();
        Optional<String> problem = Optional.empty();
        if (!targetText.isBlank()) {
            try {
                int t = Integer.parseInt(targetText.strip());
                if (t < 0 || t > 100) {
                    problem = Optional.of(words.t("improve.targetRange"));
                } else {
                    target = Optional.of(t);
                }
            } catch (NumberFormatException e) {
                problem = Optional.of(words.t("improve.targetRange"));
            }
        }
        AnswerSet answers = contents.answerSet();
        double now = WhatIf.value(Scorer.score(definition, answers), metric).orElse(0);
        List<ImprovePage.Step> suggestions = steps(
                definition,
                WhatIf.suggestions(definition, answers, metric).stream()
                        .limit(SHOWN)
                        .toList(),
                words);
        Optional<ImprovePage.PlanView> plan = target.map(t -> {
            Plan p = WhatIf.plan(definition, answers, metric, t);
            return new ImprovePage.PlanView(
                    p.reached(),
                    p.steps().isEmpty() && p.reached(),
                    String.valueOf(Rounding.whole(p.start())),
                    String.valueOf(Rounding.whole(p.end())),
                    steps(definition, p.steps(), words));
        });
        model.addAttribute(
                "page",
                new ImprovePage(
                        RoundHeader.of(round, definition, user, lang),
                        metrics.stream()
                                .map(m -> new ImprovePage.Choice(m.code(), wording.metric(m, definition)))
                                .toList(),
                        metric.code(),
                        wording.metric(metric, definition),
                        String.valueOf(Rounding.whole(now)),
                        String.format(locale, "%.2f", now),
                        target,
                        problem,
                        suggestions,
                        plan));
        return "assessment/improve";
    }

    private static List<ImprovePage.Step> steps(Definition definition, List<Suggestion> list, Words words) {
        String lang = words.language();
        List<ImprovePage.Step> steps = new ArrayList<>();
        for (Suggestion s : list) {
            Question question = definition.question(s.change().question()).orElseThrow();
            String value = ChangeWords.value(question, s.change(), lang);
            String change = words.t(
                    "improve.change." + ChangeWords.kind(question).name().toLowerCase(Locale.ROOT), value);
            steps.add(new ImprovePage.Step(
                    question.text().in(lang),
                    question.area().value(),
                    PageStrings.anchor(question.code().value()),
                    change,
                    String.format(words.locale(), "%d (%.2f)", Rounding.whole(s.after()), s.after()),
                    String.format(words.locale(), "+%.2f", s.gain())));
        }
        return steps;
    }
}
