package org.iccindex.site.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.iccindex.benchmark.RobustnessSettings;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.definition.NotApplicableRule;
import org.iccindex.definition.Question;
import org.iccindex.site.data.BadQueryException;
import org.iccindex.site.data.LeagueParams;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.QueryProblem;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The methodology page, generated from a definition (by default the edition in force): a change to the definition
 * file changes the page, with no change of code. Only the general rules of computation are fixed texts.
 */
@Controller
class MethodologyController {
    private final PublicResults data;
    private final PageWords pageWords;

    MethodologyController(PublicResults data, PageWords pageWords) {
        this.data = data;
        this.pageWords = pageWords;
    }

    @GetMapping("/methodology")
    String methodology(@RequestParam(name = "edition", required = false) String edition, Locale locale, Model model) {
        Words words = pageWords.of(locale);
        List<QueryProblem> problems = new ArrayList<>();
        Definition current = data.catalog().current();
        Definition definition =
                LeagueParams.edition(data.catalog(), edition, problems).orElse(current);
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems);
        }
        List<Definition> editions = data.catalog().all().stream()
                .sorted(Comparator.comparing(Definition::inForceFrom))
                .toList();
        model.addAttribute("robustness", RobustnessMethod.of(RobustnessSettings.DEFAULT, words));
        model.addAttribute(
                "page",
                new MethodologyPage(
                        words.in(definition.title()),
                        definition.inForceFrom().toString(),
                        String.join(", ", definition.languages()),
                        words.in(definition.provenance()),
                        editions.stream()
                                .map(d -> new ComparePage.Option(
                                        d.edition().value(), words.in(d.title()), d == definition))
                                .toList(),
                        rules(definition, words),
                        indicators(definition, words),
                        areas(definition, words),
                        totals(definition),
                        bands(definition, words),
                        questions(definition, words),
                        history(editions, definition, current, words)));
        return "site/methodology";
    }

    private static List<String> rules(Definition definition, Words words) {
        List<String> rules = new ArrayList<>();
        rules.add(words.t("site.method.rule.max"));
        rules.add(words.t("site.method.rule.earned"));
        rules.add(words.t("site.method.rule.na"));
        rules.add(words.t("site.method.rule.area"));
        definition
                .composite()
                .ifPresent(lens -> rules.add(words.t(
                        "site.method.rule.lens",
                        words.in(lens.name()),
                        lens.areas().size(),
                        words.wording().list(names(definition, lens.areas(), words)))));
        boolean equal = definition.scoredAreas().stream()
                        .map(Area::weight)
                        .map(BigDecimal::stripTrailingZeros)
                        .distinct()
                        .count()
                == 1;
        rules.add(words.t(
                equal ? "site.method.rule.aggregate.equal" : "site.method.rule.aggregate.weighted",
                definition.scoredAreas().size()));
        rules.add(words.t("site.method.rule.rounding"));
        rules.add(words.t("site.method.rule.sample"));
        rules.add(words.t("site.method.rule.groups"));
        rules.add(words.t("site.method.rule.ranks"));
        return rules;
    }

    private static List<String> names(Definition definition, List<AreaCode> codes, Words words) {
        return codes.stream()
                .map(c -> definition.area(c).map(a -> words.in(a.name())).orElse(c.value()))
                .toList();
    }

    private static List<MethodologyPage.Indicator> indicators(Definition definition, Words words) {
        return definition.indicators().stream()
                .map(i -> new MethodologyPage.Indicator(
                        words.in(i.name()), i.composite(), String.join(", ", names(definition, i.areas(), words))))
                .toList();
    }

    private static List<MethodologyPage.Area> areas(Definition definition, Words words) {
        List<MethodologyPage.Area> areas = new ArrayList<>();
        for (Area area : definition.scoredAreas()) {
            List<Question> scored = scored(definition, area);
            areas.add(new MethodologyPage.Area(
                    area.code().value(),
                    words.in(area.name()),
                    "/areas/" + area.code().value() + "?edition="
                            + definition.edition().value(),
                    definition
                            .indicatorOf(area.code())
                            .map(i -> words.in(i.name()))
                            .orElse(""),
                    words.number(area.weight()),
                    scored.size(),
                    (int) scored.stream().filter(Question::mandatory).count(),
                    scored.stream().mapToInt(Question::maxPoints).sum(),
                    area.introduced() == null
                            ? ""
                            : String.valueOf(area.introduced().getYear()),
                    definition.isNewArea(area.code()),
                    area.continues().stream().map(AreaCode::value).collect(Collectors.joining(", "))));
        }
        return areas;
    }

    private static List<Question> scored(Definition definition, Area area) {
        return definition.questionsOf(area.code()).stream()
                .filter(Question::isScored)
                .toList();
    }

    private static MethodologyPage.Totals totals(Definition definition) {
        List<Question> scored = definition.scoredAreas().stream()
                .flatMap(a -> scored(definition, a).stream())
                .toList();
        return new MethodologyPage.Totals(
                definition.scoredAreas().size(),
                scored.size(),
                (int) scored.stream().filter(Question::mandatory).count(),
                scored.stream().mapToInt(Question::maxPoints).sum(),
                definition.totalWeight().stripTrailingZeros().toPlainString(),
                (int) scored.stream()
                        .filter(q -> q.notApplicable() == NotApplicableRule.EXCLUDE)
                        .count(),
                (int) scored.stream()
                        .filter(q -> q.notApplicable() == NotApplicableRule.NOT_ACHIEVED)
                        .count());
    }

    private static List<MethodologyPage.Bands> bands(Definition definition, Words words) {
        List<MethodologyPage.Bands> bands = new ArrayList<>();
        for (BandAxis axis : BandAxis.values()) {
            String key = axis == BandAxis.POPULATION ? "population" : "foreignBorn";
            bands.add(new MethodologyPage.Bands(
                    words.t("site.method.axis." + key),
                    definition.bands(axis).bands().stream()
                            .map(words.wording()::band)
                            .toList(),
                    definition.bands(axis).facts().stream()
                            .map(f -> words.t("site.method.fact." + f.key()))
                            .collect(Collectors.joining(words.t("site.method.fact.else")))));
        }
        return bands;
    }

    private static List<MethodologyPage.AreaQuestions> questions(Definition definition, Words words) {
        List<MethodologyPage.AreaQuestions> all = new ArrayList<>();
        for (Area area : definition.areas()) {
            List<MethodologyPage.Question> questions = new ArrayList<>();
            for (Question q : definition.questionsOf(area.code())) {
                questions.add(new MethodologyPage.Question(
                        q.code().value(),
                        words.in(q.text()),
                        words.t("site.method.type." + q.type().name().toLowerCase(Locale.ROOT)),
                        words.t("site.method.kind." + q.kind().name().toLowerCase(Locale.ROOT)),
                        q.mandatory(),
                        q.maxPoints(),
                        words.t("site.method.na." + q.notApplicable().name().toLowerCase(Locale.ROOT))));
            }
            all.add(new MethodologyPage.AreaQuestions(words.in(area.name()), questions));
        }
        return all;
    }

    private static List<MethodologyPage.Edition> history(
            List<Definition> editions, Definition shown, Definition current, Words words) {
        List<MethodologyPage.Edition> history = new ArrayList<>();
        Definition previous = null;
        for (Definition d : editions) {
            history.add(new MethodologyPage.Edition(
                    d.edition().value(),
                    words.in(d.title()),
                    d.inForceFrom().toString(),
                    d.indicators().size(),
                    d.scoredAreas().size(),
                    d.scoredQuestions().size(),
                    d == shown,
                    d == current,
                    "/methodology?edition=" + d.edition().value(),
                    previous == null ? words.t("site.method.history.first") : changes(previous, d, words)));
            previous = d;
        }
        return history;
    }

    /** Areas added and dropped since the previous edition (an area continuing an earlier one is not new). */
    private static String changes(Definition before, Definition after, Words words) {
        Set<AreaCode> old = before.scoredAreas().stream().map(Area::code).collect(Collectors.toSet());
        List<String> added = new ArrayList<>();
        Set<AreaCode> carried = new java.util.HashSet<>();
        for (Area area : after.scoredAreas()) {
            if (old.contains(area.code())) {
                carried.add(area.code());
            } else if (area.continues().stream().anyMatch(old::contains)) {
                carried.addAll(area.continues());
            } else {
                added.add(words.in(area.name()));
            }
        }
        List<String> dropped = before.scoredAreas().stream()
                .filter(a -> !carried.contains(a.code()))
                .map(a -> words.in(a.name()))
                .toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(words.t("site.method.history.added", words.wording().list(added)));
        }
        if (!dropped.isEmpty()) {
            parts.add(words.t("site.method.history.dropped", words.wording().list(dropped)));
        }
        return parts.isEmpty() ? words.t("site.method.history.same") : String.join("; ", parts);
    }
}
