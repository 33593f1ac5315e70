package org.iccindex.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.iccindex.benchmark.CityComparison;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.MetricComparison;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.ResultFigures;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.Rounding;
import org.iccindex.wording.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class CityController {
    private final SampleService samples;
    private final ResultRepository results;
    private final EditionCatalog catalog;

    CityController(SampleService samples, ResultRepository results, EditionCatalog catalog) {
        this.samples = samples;
        this.results = results;
        this.catalog = catalog;
    }

    @GetMapping("/cities/{slug}")
    String city(@PathVariable String slug, @RequestParam(name = "round", required = false) Integer round, Model model) {
        if (!CitySlug.isValid(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such city");
        }
        CitySlug city = new CitySlug(slug);
        SampleService.Comparison comparison = samples.compare(
                        city, round == null ? OptionalInt.empty() : OptionalInt.of(round), Optional.empty())
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published result for this city"));
        model.addAttribute("page", page(comparison, results.findByCity(city)));
        return "site/city";
    }

    private CityPage page(SampleService.Comparison comparison, List<StoredResult> rounds) {
        Definition definition = catalog.get(comparison.benchmarkEdition());
        Wording words = Wording.of(Locale.ENGLISH);
        CityComparison c = comparison.comparison();
        StoredResult result = comparison.result();
        List<GroupComparison> columns = c.groups().stream()
                .filter(g -> !(g.group() instanceof ComparisonGroup.AnsweredArea))
                .toList();
        List<CityPage.Row> rows = new ArrayList<>();
        for (Metric metric : c.metrics()) {
            List<Cell> means = new ArrayList<>();
            List<String> ranks = new ArrayList<>();
            for (GroupComparison group : columns) {
                MetricComparison m = group.metric(metric).orElseThrow();
                means.add(m.stats().map(s -> Cell.of(s.mean())).orElse(Cell.EMPTY));
                ranks.add(m.rank().map(r -> r.position() + " of " + r.outOf()).orElse("–"));
            }
            rows.add(new CityPage.Row(
                    metric.code(),
                    words.metric(metric, definition),
                    Cell.of(c.city().value(metric)),
                    means,
                    ranks));
        }
        List<String> statements = new ArrayList<>();
        for (GroupComparison group : c.groups()) {
            group.metric(Metric.AGGREGATE)
                    .flatMap(MetricComparison::rank)
                    .ifPresent(rank -> statements.add(words.rankStatement(rank, group.group(), definition)));
        }
        return new CityPage(
                result.city().name(),
                result.city().slug().value(),
                result.city().country(),
                result.city().synthetic(),
                result.edition().value(),
                result.round(),
                result.publishedLabel(),
                result.origin().code(),
                result.method().id(),
                result.source().orElse(""),
                c.snapshot().toString(),
                c.sampleSize(),
                columns.stream()
                        .map(g -> new CityPage.Group(words.group(g.group(), definition), g.members()))
                        .toList(),
                rows,
                statements,
                figureNotes(comparison, words, definition),
                rounds.stream()
                        .map(r -> new CityPage.Round(
                                r.round(), r.edition().value(), r.publishedLabel(), r.id() == result.id()))
                        .toList(),
                definition.scoredAreas().stream().anyMatch(a -> definition.isNewArea(a.code())));
    }

    /** Where a published lens or aggregate differs from what its area scores give, say so with both figures. */
    private static List<String> figureNotes(SampleService.Comparison comparison, Wording words, Definition definition) {
        ResultFigures f = comparison.figures();
        StoredResult result = comparison.result();
        List<String> notes = new ArrayList<>();
        note(words.metric(Metric.LENS, definition), result.lensPublished(), f.lensRecomputed())
                .ifPresent(notes::add);
        note(words.metric(Metric.AGGREGATE, definition), result.aggregatePublished(), f.aggregateRecomputed())
                .ifPresent(notes::add);
        if (f.areasGiven() < f.scoredAreas()) {
            notes.add("This result gives " + f.areasGiven() + " of the " + f.scoredAreas()
                    + " area scores of its edition; areas without a figure are left out of every mean.");
        }
        return notes;
    }

    private static Optional<String> note(String name, OptionalDouble published, OptionalDouble recomputed) {
        if (published.isEmpty() || recomputed.isEmpty()) {
            return Optional.empty();
        }
        int shown = Rounding.whole(published.getAsDouble());
        int again = Rounding.whole(recomputed.getAsDouble());
        return Optional.of(
                shown == again
                        ? name + ": published " + shown + "; recomputed from the area scores: " + again + " (the same)."
                        : name + ": published " + shown + "; recomputed from the area scores it gives: " + again
                                + ". The published figure is the one used for comparisons.");
    }
}
