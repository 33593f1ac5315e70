package org.iccindex.site.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.result.ResultOrigin;
import org.iccindex.site.data.Dataset;
import org.iccindex.site.data.League;
import org.iccindex.site.data.LeagueParams;
import org.iccindex.site.data.LeagueQuery;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.PublicRobustness;
import org.iccindex.site.data.Sort;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LeagueController {
    private final PublicResults data;
    private final PublicRobustness robustness;
    private final PageWords pageWords;

    LeagueController(PublicResults data, PublicRobustness robustness, PageWords pageWords) {
        this.data = data;
        this.robustness = robustness;
        this.pageWords = pageWords;
    }

    /** The league table. Parameters that cannot be used are named in a notice and left out, never guessed. */
    @GetMapping("/")
    String league(LeagueParams params, Locale locale, Model model) {
        Words words = pageWords.of(locale);
        Dataset dataset = data.dataset();
        // one edition at a time: scores of two editions are not on one scale, so they are never ranked together
        LeagueParams.Read read =
                params.orEdition(data.catalog().current().edition().value()).read(data.catalog(), data.today());
        LeagueQuery query = read.query();
        SampleAnalysis analysis = data.analysis(query.edition(), query.snapshot());
        League league = League.of(dataset, analysis, query);
        Definition definition = query.edition();
        LeagueLinks links = new LeagueLinks(query);
        List<Metric> metrics = analysis.metrics();
        List<LeagueTable.Row> rows = new ArrayList<>();
        for (League.Row row : league.rows()) {
            SampleEntry e = row.entry();
            rows.add(new LeagueTable.Row(
                    row.rank().isPresent() ? String.valueOf(row.rank().getAsInt()) : "",
                    e.city(),
                    "/cities/" + e.city(),
                    e.name(),
                    e.country(),
                    e.synthetic(),
                    row.result()
                            .map(r -> words.t("site.origin." + r.origin().code()))
                            .orElse(""),
                    e.edition().value(),
                    e.round(),
                    metrics.stream().map(m -> Cell.ofResult(e.value(m), words)).toList()));
        }
        Map<String, String> intervals = new HashMap<>();
        robustness
                .of(definition, query.snapshot())
                .intervals()
                .forEach(i -> intervals.put(i.city(), words.t("site.robustness.cell", i.low(), i.high(), i.outOf())));
        model.addAttribute("intervals", intervals);
        String filters = describe(query, words);
        String rankedOn = words.wording().metric(league.rankedOn(), definition);
        String editionTitle = words.in(definition.title());
        int editionCities = (int) analysis.sample().entries().stream()
                .filter(e -> e.edition().equals(definition.edition()))
                .count();
        model.addAttribute(
                "table",
                new LeagueTable(
                        query.snapshot().toString(),
                        editionCities,
                        editionTitle,
                        new LeagueTable.Filters(
                                editions(query, words),
                                rounds(dataset, query),
                                bands(definition, BandAxis.POPULATION, query, words),
                                bands(definition, BandAxis.FOREIGN_BORN, query, words),
                                dataset.countries().stream()
                                        .map(c -> new LeagueTable.Choice(
                                                c,
                                                words.country(c),
                                                query.country().map(c::equals).orElse(false)))
                                        .sorted(Comparator.comparing(
                                                LeagueTable.Choice::label, Collator.getInstance(words.locale())))
                                        .toList(),
                                Arrays.stream(ResultOrigin.values())
                                        .map(o -> new LeagueTable.Choice(
                                                o.code(),
                                                words.t("site.origin." + o.code()),
                                                query.origin().map(o::equals).orElse(false)))
                                        .toList(),
                                query.snapshotGiven() ? query.snapshot().toString() : "",
                                query.sort().equals(Sort.DEFAULT)
                                        ? ""
                                        : query.sort().key(),
                                query.sort().equals(Sort.DEFAULT)
                                        ? ""
                                        : (query.sort().descending() ? "desc" : "asc"),
                                filters,
                                !filters.isEmpty()),
                        read.problems().stream()
                                .map(p -> words.t("site.problem", p.parameter(), p.value(), p.message()))
                                .toList(),
                        filters.isEmpty()
                                ? words.t("site.league.caption.all", rankedOn, editionCities, editionTitle)
                                : words.t(
                                        "site.league.caption.filtered",
                                        filters,
                                        rankedOn,
                                        rows.size(),
                                        editionCities,
                                        editionTitle),
                        rankedOn,
                        columns(query, metrics, definition, links, words),
                        rows,
                        metrics.stream()
                                .map(m -> league.stats().containsKey(m)
                                        ? Cell.of(league.stats().get(m).mean())
                                        : Cell.EMPTY)
                                .toList(),
                        (int) league.rows().stream()
                                .filter(r -> r.entry().synthetic())
                                .count(),
                        "/api/v1/downloads/results.csv?edition="
                                + definition.edition().value(),
                        links.filters("/api/v1/results")));
        return "site/league";
    }

    private static List<LeagueTable.Column> columns(
            LeagueQuery query, List<Metric> metrics, Definition definition, LeagueLinks links, Words words) {
        List<LeagueTable.Column> columns = new ArrayList<>();
        columns.add(column("city", words.t("site.league.city"), Sort.Column.CITY, query, links, words, false));
        columns.add(column("country", words.t("site.league.country"), Sort.Column.COUNTRY, query, links, words, false));
        columns.add(column("round", words.t("site.league.round"), Sort.Column.ROUND, query, links, words, false));
        for (Metric metric : metrics) {
            columns.add(column(
                    metric.code(),
                    words.wording().metric(metric, definition),
                    Sort.Column.METRIC,
                    query,
                    links,
                    words,
                    true));
        }
        return columns;
    }

    private static LeagueTable.Column column(
            String key,
            String label,
            Sort.Column column,
            LeagueQuery query,
            LeagueLinks links,
            Words words,
            boolean metric) {
        Sort sort = query.sort();
        boolean current = sort.key().equals(key);
        boolean next = current ? !sort.descending() : Sort.naturallyDescending(column);
        String aria = current ? (sort.descending() ? "descending" : "ascending") : "none";
        return new LeagueTable.Column(
                key,
                label,
                links.sorted(key, next),
                aria,
                current ? (sort.descending() ? "▼" : "▲") : "",
                words.t(next ? "site.league.sort.desc" : "site.league.sort.asc", label),
                metric);
    }

    private List<LeagueTable.Choice> editions(LeagueQuery query, Words words) {
        return data.catalog().all().stream()
                .sorted(Comparator.comparing(Definition::inForceFrom).reversed())
                .map(d -> new LeagueTable.Choice(
                        d.edition().value(),
                        words.in(d.title()),
                        d.edition().equals(query.edition().edition())))
                .toList();
    }

    private static List<LeagueTable.Choice> rounds(Dataset dataset, LeagueQuery query) {
        return dataset.roundYears().stream()
                .map(y -> new LeagueTable.Choice(
                        String.valueOf(y),
                        String.valueOf(y),
                        query.round().isPresent() && query.round().getAsInt() == y))
                .toList();
    }

    private static List<LeagueTable.Choice> bands(
            Definition definition, BandAxis axis, LeagueQuery query, Words words) {
        Optional<org.iccindex.definition.Band> selected =
                axis == BandAxis.POPULATION ? query.population() : query.foreignBorn();
        return definition.bands(axis).bands().stream()
                .map(b -> new LeagueTable.Choice(
                        b.code(),
                        words.wording().band(b),
                        selected.map(b::equals).orElse(false)))
                .toList();
    }

    /** "cities with 500,000 inhabitants and more, in Italy, round 2020, synthetic results" in words, or "". */
    private static String describe(LeagueQuery query, Words words) {
        // the edition is not a filter: the league always shows one, named in the caption
        List<String> parts = new ArrayList<>();
        query.round().ifPresent(r -> parts.add(words.t("site.filter.round", String.valueOf(r))));
        query.bands()
                .forEach(b ->
                        parts.add(words.t("site.filter.band", words.wording().band(b))));
        query.country().ifPresent(c -> parts.add(words.t("site.filter.country", words.countryInSentence(c))));
        query.origin().ifPresent(o -> parts.add(words.t("site.filter.origin." + o.code())));
        return words.wording().list(parts);
    }
}
