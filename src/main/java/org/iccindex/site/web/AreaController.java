package org.iccindex.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupAnalysis;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.benchmark.Ranking;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.benchmark.Stats;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.scoring.Rounding;
import org.iccindex.site.chart.DistributionChart;
import org.iccindex.site.data.BadQueryException;
import org.iccindex.site.data.LeagueParams;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.QueryProblem;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class AreaController {
    private static final int TOP = 10;

    private final PublicResults data;
    private final PageWords pageWords;

    AreaController(PublicResults data, PageWords pageWords) {
        this.data = data;
        this.pageWords = pageWords;
    }

    @GetMapping("/areas")
    String areas(
            @RequestParam(name = "edition", required = false) String edition,
            @RequestParam(name = "snapshot", required = false) String snapshot,
            Locale locale,
            Model model) {
        Words words = pageWords.of(locale);
        SampleAnalysis analysis = analysis(edition, snapshot);
        Definition definition = analysis.definition();
        GroupAnalysis whole = analysis.group(ComparisonGroup.WHOLE_SAMPLE);
        List<AreaPages.Entry> entries = new ArrayList<>();
        for (Metric metric : analysis.metrics()) {
            Optional<Stats> stats = whole.stats(metric);
            entries.add(new AreaPages.Entry(
                    metric.code(),
                    words.wording().metric(metric, definition),
                    group(metric, definition, words),
                    href(metric, edition, snapshot),
                    stats.map(s -> Cell.of(s.mean())).orElse(Cell.EMPTY),
                    stats.map(Stats::n).orElse(0)));
        }
        model.addAttribute(
                "page",
                new AreaPages.Index(
                        words.in(definition.title()),
                        analysis.sample().snapshot().toString(),
                        analysis.sample().size(),
                        entries));
        return "site/areas";
    }

    @GetMapping("/areas/{code}")
    String area(
            @PathVariable String code,
            @RequestParam(name = "edition", required = false) String edition,
            @RequestParam(name = "snapshot", required = false) String snapshot,
            @RequestParam(name = "city", required = false) String city,
            Locale locale,
            Model model) {
        Words words = pageWords.of(locale);
        SampleAnalysis analysis = analysis(edition, snapshot);
        Definition definition = analysis.definition();
        Metric metric = analysis.metrics().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such area"));
        GroupAnalysis whole = analysis.group(ComparisonGroup.WHOLE_SAMPLE);
        Ranking ranking = whole.ranking(metric).orElseThrow();
        Optional<Stats> stats = whole.stats(metric);
        String highlighted = city != null && analysis.sample().entry(city).isPresent() ? city : "";
        List<AreaPages.Ranked> all = new ArrayList<>();
        List<DistributionChart.Point> points = new ArrayList<>();
        boolean mixed = ranking.ordered().stream().anyMatch(SampleEntry::synthetic)
                && ranking.ordered().stream().anyMatch(e -> !e.synthetic());
        for (SampleEntry e : ranking.ordered()) {
            // in a list that mixes real and fictional cities, a real city is never ranked against fictional ones:
            // fictional rows are ranked among themselves, real rows are marked real and carry no rank (0)
            int position = !mixed
                    ? ranking.positionOf(e.city(), 0)
                            .map(RankPosition::position)
                            .orElseThrow()
                    : e.synthetic() ? positionAmongFictional(ranking.ordered(), e, metric) : 0;
            boolean mine = e.city().equals(highlighted);
            all.add(new AreaPages.Ranked(
                    position, e.city(), e.name(), e.country(), e.synthetic(), Cell.of(e.value(metric)), mine));
            points.add(new DistributionChart.Point(e.city(), e.value(metric).getAsDouble(), mine));
        }
        String name = words.wording().metric(metric, definition);
        CityPage.Chart chart = null;
        List<AreaPages.Stat> statList = new ArrayList<>();
        if (stats.isPresent()) {
            Stats s = stats.get();
            statList.add(new AreaPages.Stat(words.t("site.stats.n"), String.valueOf(s.n())));
            statList.add(new AreaPages.Stat(
                    words.t("site.stats.mean"), Cell.of(s.mean()).text()));
            statList.add(new AreaPages.Stat(
                    words.t("site.stats.median"), Cell.of(s.median()).text()));
            statList.add(
                    new AreaPages.Stat(words.t("site.stats.q1"), Cell.of(s.q1()).text()));
            statList.add(
                    new AreaPages.Stat(words.t("site.stats.q3"), Cell.of(s.q3()).text()));
            statList.add(new AreaPages.Stat(
                    words.t("site.stats.min"), Cell.of(s.min()).text()));
            statList.add(new AreaPages.Stat(
                    words.t("site.stats.max"), Cell.of(s.max()).text()));
            Optional<String> mineLabel = all.stream()
                    .filter(AreaPages.Ranked::highlighted)
                    .findFirst()
                    .map(r -> words.t("site.area.highlight", r.name(), r.value().text()));
            String description = words.t(
                    "site.area.chart.desc",
                    name,
                    s.n(),
                    Cell.of(s.min()).text(),
                    Cell.of(s.max()).text(),
                    Cell.of(s.median()).text(),
                    Cell.of(s.q1()).text(),
                    Cell.of(s.q3()).text(),
                    Cell.of(s.mean()).text());
            chart = new CityPage.Chart(
                    DistributionChart.svg(
                            "distribution-chart",
                            words.t("site.area.chart.title", name),
                            description + mineLabel.map(l -> " " + l + ".").orElse(""),
                            points,
                            s,
                            words.t("site.area.chart.mean", Cell.of(s.mean()).text()),
                            words.t(
                                    "site.area.chart.median",
                                    Cell.of(s.median()).text()),
                            mineLabel),
                    description + " " + words.t("site.area.chart.table"));
        }
        model.addAttribute(
                "page",
                new AreaPages.Area(
                        metric.code(),
                        name,
                        describe(metric, definition, words),
                        group(metric, definition, words),
                        facts(metric, definition, words),
                        words.in(definition.title()),
                        analysis.sample().snapshot().toString(),
                        analysis.sample().size(),
                        statList,
                        chart,
                        all.stream()
                                .filter(AreaPages.Ranked::highlighted)
                                .map(AreaPages.Ranked::name)
                                .findFirst()
                                .orElse(""),
                        all.stream()
                                .filter(r -> r.rank() > 0 && r.rank() <= TOP)
                                .toList(),
                        all,
                        "/?sort=" + metric.code()));
        return "site/area";
    }

    /** 1 + the fictional cities shown ahead (ties, the same whole number, share a rank). */
    private static int positionAmongFictional(List<SampleEntry> ordered, SampleEntry entry, Metric metric) {
        int mine = Rounding.whole(entry.value(metric).getAsDouble());
        return 1
                + (int) ordered.stream()
                        .filter(SampleEntry::synthetic)
                        .filter(o -> Rounding.whole(o.value(metric).getAsDouble()) > mine)
                        .count();
    }

    private SampleAnalysis analysis(String edition, String snapshot) {
        List<QueryProblem> problems = new ArrayList<>();
        Definition definition =
                LeagueParams.edition(data.catalog(), edition, problems).orElseGet(data.catalog()::current);
        var date = LeagueParams.date("snapshot", snapshot, problems).orElseGet(data::today);
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems);
        }
        return data.analysis(definition, date);
    }

    private static String href(Metric metric, String edition, String snapshot) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        if (edition != null && !edition.isBlank()) {
            params.put("edition", edition.strip());
        }
        if (snapshot != null && !snapshot.isBlank()) {
            params.put("snapshot", snapshot.strip());
        }
        return LeagueLinks.href("/areas/" + metric.code(), params);
    }

    private static String group(Metric metric, Definition definition, Words words) {
        if (metric instanceof Metric.Area area) {
            return definition
                    .indicatorOf(area.area())
                    .filter(i -> i.composite())
                    .map(i -> words.in(i.name()))
                    .orElse("");
        }
        return "";
    }

    private static String describe(Metric metric, Definition definition, Words words) {
        if (metric instanceof Metric.Area area) {
            return definition
                    .area(area.area())
                    .map(a -> words.in(a.description()))
                    .orElse("");
        }
        return metric instanceof Metric.Lens ? words.t("site.area.lens") : words.t("site.area.aggregate");
    }

    private static List<CityPage.Fact> facts(Metric metric, Definition definition, Words words) {
        List<CityPage.Fact> facts = new ArrayList<>();
        if (metric instanceof Metric.Area area) {
            definition.area(area.area()).ifPresent(a -> {
                List<Question> scored = definition.questionsOf(a.code()).stream()
                        .filter(Question::isScored)
                        .toList();
                facts.add(new CityPage.Fact(words.t("site.area.weight"), words.number(a.weight())));
                facts.add(new CityPage.Fact(words.t("site.area.questions"), String.valueOf(scored.size())));
                facts.add(new CityPage.Fact(
                        words.t("site.area.maxPoints"),
                        String.valueOf(
                                scored.stream().mapToInt(Question::maxPoints).sum())));
                if (definition.isNewArea(a.code())) {
                    facts.add(new CityPage.Fact(words.t("site.area.new"), words.t("site.area.new.text")));
                }
            });
        }
        return facts;
    }
}
