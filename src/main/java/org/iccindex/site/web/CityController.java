package org.iccindex.site.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.MetricComparison;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Definition;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.iccindex.site.EvidenceShares;
import org.iccindex.site.PublicContent;
import org.iccindex.site.chart.ProfileChart;
import org.iccindex.site.data.BadQueryException;
import org.iccindex.site.data.BenchmarkParams;
import org.iccindex.site.data.Dataset;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.PublicRobustness;
import org.iccindex.site.data.QueryProblem;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.iccindex.wording.RankStatements;
import org.iccindex.wording.SourceText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class CityController {
    private final PublicResults data;
    private final PublicRobustness robustness;
    private final PageWords pageWords;
    private final ObjectProvider<EvidenceShares> evidence;

    CityController(
            PublicResults data,
            PublicRobustness robustness,
            PageWords pageWords,
            ObjectProvider<EvidenceShares> evidence) {
        this.data = data;
        this.evidence = evidence;
        this.robustness = robustness;
        this.pageWords = pageWords;
    }

    @GetMapping("/cities/{slug}")
    String city(
            @PathVariable String slug,
            @RequestParam(name = "round", required = false) Integer round,
            @RequestParam(name = "snapshot", required = false) String snapshot,
            @RequestParam(name = "benchmark", required = false) String benchmark,
            Locale locale,
            Model model) {
        Dataset dataset = data.dataset();
        List<QueryProblem> problems = new ArrayList<>();
        BenchmarkParams asked = BenchmarkParams.read(benchmark, snapshot, problems);
        Optional<LocalDate> date = asked.date();
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems);
        }
        SampleService.Comparison comparison = data.compare(
                        dataset, slug, round == null ? OptionalInt.empty() : OptionalInt.of(round), date)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published result"));
        Optional<PublishedSnapshot> published = asked.against(data.ownBenchmark(comparison.result()), problems);
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems);
        }
        Words words = pageWords.of(locale);
        CityBenchmark against = data.benchmark(comparison, published);
        CityPage page = page(dataset, comparison, against, date.isPresent(), words);
        model.addAttribute("page", page);
        StoredResult shown = comparison.result();
        evidence.ifAvailable(e -> e.of(shown.city().slug(), shown.round())
                .ifPresent(share -> model.addAttribute("evidenceShare", share)));
        List<PublicResults.PublicVersionLine> history = data.history(shown);
        if (history.size() > 1) {
            model.addAttribute("history", history);
        }
        if (against.againstPublished()) {
            Definition definition = data.catalog().get(comparison.benchmarkEdition());
            model.addAttribute("published", PublishedComparison.of(comparison.result(), against, definition, words));
            return "site/city";
        }
        model.addAttribute("sampleAsked", !comparison.result().city().synthetic() && asked.explicit());
        robustness(comparison, words).ifPresent(line -> model.addAttribute("robustness", line));
        model.addAttribute("fictionalInSample", against.fictionalInSample());
        return "site/city";
    }

    /** The city's figure; a published result that gives none says "not published", not a bare dash. */
    private static Cell cityCell(OptionalDouble value, CityBenchmark benchmark, Words words) {
        if (value.isEmpty() && benchmark.figuresPublished()) {
            return Cell.notPublished(words);
        }
        return Cell.of(value);
    }

    /** The rank interval of the round shown, when it is the city's result in the sample of the page's date. */
    private Optional<RobustnessLine> robustness(SampleService.Comparison comparison, Words words) {
        Definition definition = data.catalog().get(comparison.benchmarkEdition());
        String slug = comparison.result().city().slug().value();
        LocalDate snapshot = comparison.comparison().snapshot();
        boolean inSample = data.analysis(definition, snapshot)
                .sample()
                .entry(slug)
                .map(e -> e.round() == comparison.result().round())
                .orElse(false);
        return inSample
                ? RobustnessLine.of(robustness.of(definition, snapshot), slug, definition, words)
                : Optional.empty();
    }

    private CityPage page(
            Dataset dataset,
            SampleService.Comparison comparison,
            CityBenchmark benchmark,
            boolean snapshotGiven,
            Words words) {
        Definition definition = data.catalog().get(comparison.benchmarkEdition());
        StoredResult result = comparison.result();
        String slug = result.city().slug().value();
        List<GroupComparison> columns = benchmark.columns();
        List<CityPage.Row> rows = new ArrayList<>();
        for (CityBenchmark.Row row : benchmark.rows()) {
            Metric metric = row.metric();
            List<Cell> means = new ArrayList<>();
            List<String> ranks = new ArrayList<>();
            for (GroupComparison group : columns) {
                Optional<MetricComparison> m = group.metric(metric);
                means.add(m.flatMap(MetricComparison::stats)
                        .map(s -> Cell.of(s.mean()))
                        .orElse(Cell.EMPTY));
                ranks.add(m.flatMap(MetricComparison::rank)
                        .map(r -> words.t("site.rank.of", r.position(), r.outOf()))
                        .orElse("–"));
            }
            rows.add(new CityPage.Row(
                    metric.code(),
                    words.wording().metric(metric, definition),
                    metric instanceof Metric.Area ? "/areas/" + metric.code() + "?city=" + slug : null,
                    cityCell(row.value(), benchmark, words),
                    means,
                    ranks));
        }
        List<String> statements = RankStatements.of(benchmark, definition, words.wording());
        CitySlug city = result.city().slug();
        return new CityPage(
                result.city().name(),
                slug,
                result.city().country(),
                result.city().synthetic(),
                words.in(data.catalog().get(result.edition()).title()),
                result.round(),
                result.publishedLabel(),
                words.t("site.origin." + result.origin().code()),
                result.method().id(),
                SourceText.of(result.source().orElse(""), words.wording()),
                CityFigures.profile(result, definition, words),
                benchmark.heldDate().toString(),
                snapshotGiven ? benchmark.heldDate().toString() : "",
                result.publishedOn().toString(),
                benchmark.heldSize(),
                columns.stream()
                        .map(g -> new CityPage.Group(words.wording().group(g.group(), definition), g.members()))
                        .toList(),
                rows,
                statements,
                CityFigures.notes(comparison, words, definition),
                definition.scoredAreas().stream().anyMatch(a -> definition.isNewArea(a.code())),
                profileChart(benchmark, definition, result.city().name(), words),
                CityFigures.progress(data, dataset.rounds(slug), result, definition, words),
                data.contributions(PublicContent.Reports.class, city, words.locale()),
                data.contributions(PublicContent.Practices.class, city, words.locale()),
                "/compare?city=" + slug,
                "/api/v1/cities/" + slug + "/rounds/" + result.round());
    }

    /** The city against the whole sample's means (shown only against the held sample). */
    private static CityPage.Chart profileChart(
            CityBenchmark benchmark, Definition definition, String name, Words words) {
        List<String> labels = new ArrayList<>();
        List<java.util.OptionalDouble> values = new ArrayList<>();
        List<java.util.OptionalDouble> means = new ArrayList<>();
        int above = 0;
        int below = 0;
        int areas = 0;
        for (CityBenchmark.Row row : benchmark.rows()) {
            Metric metric = row.metric();
            labels.add(words.wording().metric(metric, definition));
            OptionalDouble value = row.value();
            values.add(value);
            OptionalDouble mean = row.reference();
            means.add(mean);
            if (metric instanceof Metric.Area && value.isPresent() && mean.isPresent()) {
                areas++;
                int shown = Cell.of(value.getAsDouble()).shown();
                int average = Cell.of(mean.getAsDouble()).shown();
                above += shown > average ? 1 : 0;
                below += shown < average ? 1 : 0;
            }
        }
        int level = areas - above - below;
        String summary = level == 0
                ? words.t("site.city.chart.summary", name, above, areas, below)
                : words.t("site.city.chart.summaryWithLevel", name, above, areas, below, level);
        String svg = ProfileChart.svg(
                "profile-chart",
                words.t("site.city.chart.title", name),
                summary,
                labels,
                List.of(new ProfileChart.Series(name, values)),
                means,
                words.t("site.chart.sampleMean"));
        return new CityPage.Chart(svg, summary + " " + words.t("site.city.chart.table"));
    }
}
