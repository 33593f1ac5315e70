package org.iccindex.site.web;

import java.time.LocalDate;
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
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.SampleService;
import org.iccindex.wording.Wording;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LeagueController {
    private final SampleService samples;
    private final EditionCatalog catalog;

    LeagueController(SampleService samples, EditionCatalog catalog) {
        this.samples = samples;
        this.catalog = catalog;
    }

    @GetMapping("/")
    String league(
            @RequestParam(name = "population", required = false) String population,
            @RequestParam(name = "foreignBorn", required = false) String foreignBorn,
            Model model) {
        Definition definition = catalog.current();
        Wording words = Wording.of(Locale.ENGLISH);
        SampleAnalysis analysis = samples.analysis(definition, LocalDate.now());
        Optional<Band> populationBand = band(definition, BandAxis.POPULATION, population);
        Optional<Band> foreignBornBand = band(definition, BandAxis.FOREIGN_BORN, foreignBorn);
        List<ComparisonGroup> filters = new ArrayList<>();
        populationBand.ifPresent(b -> filters.add(new ComparisonGroup.InBand(b)));
        foreignBornBand.ifPresent(b -> filters.add(new ComparisonGroup.InBand(b)));
        ComparisonGroup group = filters.isEmpty() ? ComparisonGroup.WHOLE_SAMPLE : new ComparisonGroup.AllOf(filters);
        GroupAnalysis selected = analysis.group(group);
        List<LeagueTable.Column> columns = analysis.metrics().stream()
                .map(m -> new LeagueTable.Column(m.code(), words.metric(m, definition)))
                .toList();
        model.addAttribute(
                "table",
                new LeagueTable(
                        analysis.sample().snapshot().toString(),
                        analysis.sample().size(),
                        definition.title().english(),
                        columns,
                        rows(selected, analysis.metrics()),
                        choices(definition, BandAxis.POPULATION, populationBand, words),
                        choices(definition, BandAxis.FOREIGN_BORN, foreignBornBand, words),
                        populationBand.map(Band::code).orElse(""),
                        foreignBornBand.map(Band::code).orElse(""),
                        describe(populationBand, foreignBornBand, words),
                        (int) selected.members().stream()
                                .filter(SampleEntry::synthetic)
                                .count()));
        return "site/league";
    }

    private static List<LeagueTable.Row> rows(GroupAnalysis group, List<Metric> metrics) {
        Ranking ranking = group.ranking(Metric.AGGREGATE).orElseThrow();
        List<SampleEntry> ordered = new ArrayList<>(ranking.ordered());
        group.members().stream()
                .filter(e -> !ordered.contains(e))
                .sorted(java.util.Comparator.comparing(SampleEntry::name))
                .forEach(ordered::add);
        List<LeagueTable.Row> rows = new ArrayList<>();
        for (SampleEntry entry : ordered) {
            String rank = ranking.positionOf(entry.city(), 0)
                    .map(RankPosition::position)
                    .map(String::valueOf)
                    .orElse("");
            rows.add(new LeagueTable.Row(
                    rank,
                    entry.city(),
                    entry.name(),
                    entry.country(),
                    entry.synthetic(),
                    entry.edition().value(),
                    entry.round(),
                    metrics.stream().map(m -> Cell.of(entry.value(m))).toList()));
        }
        return rows;
    }

    private static Optional<Band> band(Definition definition, BandAxis axis, String code) {
        return code == null || code.isBlank()
                ? Optional.empty()
                : definition.bands(axis).band(code);
    }

    private static List<LeagueTable.Choice> choices(
            Definition definition, BandAxis axis, Optional<Band> selected, Wording words) {
        return definition.bands(axis).bands().stream()
                .map(b -> new LeagueTable.Choice(
                        b.code(), words.band(b), selected.map(b::equals).orElse(false)))
                .toList();
    }

    private static String describe(Optional<Band> population, Optional<Band> foreignBorn, Wording words) {
        List<String> parts = new ArrayList<>();
        population.ifPresent(b -> parts.add(words.band(b)));
        foreignBorn.ifPresent(b -> parts.add(words.band(b)));
        return String.join(" and ", parts);
    }
}
