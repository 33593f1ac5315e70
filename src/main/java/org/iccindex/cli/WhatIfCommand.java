package org.iccindex.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.iccindex.assessment.RoundLookup;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.planning.ChangeWords;
import org.iccindex.planning.Plan;
import org.iccindex.planning.Suggestion;
import org.iccindex.planning.WhatIf;
import org.iccindex.scoring.AnswerSet;
import org.iccindex.scoring.Rounding;
import org.iccindex.scoring.Scorer;
import org.iccindex.wording.Wording;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "whatif",
        mixinStandardHelpOptions = true,
        description = {
            "List the single-answer changes to a city's round that raise a metric most, each with its exact gain,",
            "and with --target a plan of changes that brings the metric's shown value to the target.",
            "Works on any round, a draft or a published one (to plan the next). Exit 2: unknown metric or bad",
            "option; exit 1: unknown city or round."
        })
class WhatIfCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--city", required = true, description = "the city's slug, e.g. valmonte")
    String city;

    @Option(names = "--round", required = true, description = "the year of the round, e.g. 2026")
    int round;

    @Option(
            names = "--metric",
            required = true,
            description = "aggregate, lens or an area code of the round's edition, e.g. commitment")
    String metric;

    @Option(names = "--target", description = "a whole-number target 0-100 for the metric's shown value")
    Integer target;

    @Option(names = "--top", defaultValue = "10", description = "how many changes to list (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    enum Format {
        table,
        json
    }

    @Override
    public Integer call() {
        if (!CitySlug.isValid(city)) {
            throw new ParameterException(spec.commandLine(), "'" + city + "' is not a city slug (e.g. valmonte)");
        }
        if (target != null && (target < 0 || target > 100)) {
            throw new ParameterException(spec.commandLine(), "--target lies between 0 and 100, found " + target);
        }
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top is at least 1, found " + top);
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
            RoundLookup.Found found = context.getBean(RoundLookup.class)
                    .find(new CitySlug(city), round)
                    .orElseThrow(() -> new IllegalArgumentException("no round " + round + " for city '" + city + "'"));
            Definition definition = found.contents().definition();
            Metric chosen = SampleAnalysis.metricsOf(definition).stream()
                    .filter(m -> m.code().equals(metric))
                    .findFirst()
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(),
                            "unknown metric '" + metric + "' in edition " + definition.edition() + "; one of "
                                    + SampleAnalysis.metricsOf(definition).stream()
                                            .map(Metric::code)
                                            .collect(Collectors.joining(", "))));
            AnswerSet answers = found.contents().answerSet();
            double now = WhatIf.value(Scorer.score(definition, answers), chosen).orElse(0);
            List<Suggestion> suggestions = WhatIf.suggestions(definition, answers, chosen);
            Optional<Plan> plan = Optional.ofNullable(target).map(t -> WhatIf.plan(definition, answers, chosen, t));
            String name = Wording.of(context::getMessage, Locale.ENGLISH).metric(chosen, definition);
            String text = format == Format.json
                    ? Output.json(json(definition, found, chosen, now, suggestions, plan))
                    : table(definition, found, name, now, suggestions, plan);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private String table(
            Definition definition,
            RoundLookup.Found found,
            String name,
            double now,
            List<Suggestion> suggestions,
            Optional<Plan> plan) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(found.cityName())
                .append(' ')
                .append(round)
                .append(" (")
                .append(found.status().name().toLowerCase(Locale.ROOT))
                .append("), ")
                .append(name)
                .append(": ")
                .append(Rounding.whole(now))
                .append(" (exact ")
                .append(now)
                .append(')')
                .append(nl)
                .append(nl);
        if (suggestions.isEmpty()) {
            out.append("No single answer raises it further.").append(nl);
        } else {
            out.append("Changes that raise it most (each alone, exact gain):").append(nl);
            out.append(steps(definition, suggestions.subList(0, Math.min(top, suggestions.size()))));
        }
        plan.ifPresent(p -> {
            out.append(nl);
            if (p.steps().isEmpty()) {
                out.append("Already at ")
                        .append(p.target())
                        .append(" or more: nothing to change.")
                        .append(nl);
            } else {
                out.append(p.reached() ? "Plan" : "No plan reaches the target; every change that helps")
                        .append(": from ")
                        .append(Rounding.whole(p.start()))
                        .append(" to ")
                        .append(Rounding.whole(p.end()))
                        .append(" (target " + p.target() + ")")
                        .append(" in ")
                        .append(p.steps().size())
                        .append(
                                p.steps().size() == 1
                                        ? " change, one after the other:"
                                        : " changes, one after the other:")
                        .append(nl);
                out.append(steps(definition, p.steps()));
            }
        });
        return out.toString();
    }

    private static String steps(Definition definition, List<Suggestion> list) {
        TextTable table = new TextTable().row("Question", "Change", "After", "Gain");
        for (Suggestion s : list) {
            Question question = definition.question(s.change().question()).orElseThrow();
            table.row(
                    question.code().value(),
                    change(question, s),
                    String.format(Locale.ROOT, "%.2f", s.after()),
                    "+" + String.format(Locale.ROOT, "%.4f", s.gain()));
        }
        return table.render();
    }

    private static String change(Question question, Suggestion s) {
        String value = ChangeWords.value(question, s.change(), "en");
        return switch (ChangeWords.kind(question)) {
            case ANSWER_YES -> "answer yes";
            case CHOOSE -> "choose " + value;
            case TICK -> "also tick " + value;
            case REACH -> "reach " + value;
        };
    }

    private Map<String, Object> json(
            Definition definition,
            RoundLookup.Found found,
            Metric chosen,
            double now,
            List<Suggestion> suggestions,
            Optional<Plan> plan) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("city", city);
        map.put("round", round);
        map.put("status", found.status().name().toLowerCase(Locale.ROOT));
        map.put("edition", definition.edition().value());
        map.put("metric", chosen.code());
        map.put("value", now);
        map.put("shown", Rounding.whole(now));
        map.put(
                "suggestions",
                suggestions.stream()
                        .limit(top)
                        .map(s -> suggestion(definition, s))
                        .toList());
        plan.ifPresent(p -> {
            Map<String, Object> planned = new LinkedHashMap<>();
            planned.put("target", p.target());
            planned.put("reached", p.reached());
            planned.put("end", p.end());
            planned.put(
                    "steps",
                    p.steps().stream().map(s -> suggestion(definition, s)).toList());
            map.put("plan", planned);
        });
        return map;
    }

    private static Map<String, Object> suggestion(Definition definition, Suggestion s) {
        Question question = definition.question(s.change().question()).orElseThrow();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("question", question.code().value());
        map.put("area", question.area().value());
        map.put("change", change(question, s));
        map.put("answer", answer(s));
        map.put("before", s.before());
        map.put("after", s.after());
        map.put("gain", s.gain());
        return map;
    }

    /** The new answer as an answers file writes it (docs/answers-format.md). */
    private static Object answer(Suggestion s) {
        var to = s.change().to();
        if (to instanceof org.iccindex.scoring.Answer.YesNo yesNo) {
            return yesNo.yes();
        }
        if (to instanceof org.iccindex.scoring.Answer.Choice choice) {
            return choice.option();
        }
        if (to instanceof org.iccindex.scoring.Answer.Choices choices) {
            return new ArrayList<>(choices.options());
        }
        return ((org.iccindex.scoring.Answer.Numeric) to).value();
    }
}
