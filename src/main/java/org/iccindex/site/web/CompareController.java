package org.iccindex.site.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupAnalysis;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.Ranking;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.benchmark.Stats;
import org.iccindex.benchmark.TiePolicy;
import org.iccindex.definition.Definition;
import org.iccindex.site.chart.ProfileChart;
import org.iccindex.site.data.League;
import org.iccindex.site.data.PublicResults;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {
    static final int MOST = 4;

    private final PublicResults data;
    private final PageWords pageWords;

    CompareController(PublicResults data, PageWords pageWords) {
        this.data = data;
        this.pageWords = pageWords;
    }

    /**
     * Up to four cities (their latest results today, under the edition in force) and the peer group of the first:
     * {@code peers=bands} (same population and foreign-born bands), {@code country}, or {@code picked} (the
     * {@code peer} cities chosen by hand).
     */
    @GetMapping("/compare")
    String compare(
            @RequestParam(name = "city", required = false) List<String> city,
            @RequestParam(name = "peers", required = false) String peers,
            @RequestParam(name = "peer", required = false) List<String> peer,
            Locale locale,
            Model model) {
        Words words = pageWords.of(locale);
        Definition definition = data.catalog().current();
        SampleAnalysis analysis = data.analysis(definition, data.today());
        List<String> problems = new ArrayList<>();
        List<SampleEntry> chosen = choose(analysis, city, problems, words);
        PeerMode mode = PeerMode.of(peers);
        if (peers != null && !peers.isBlank() && !mode.code().equals(peers.strip())) {
            problems.add(words.t("site.problem", "peers", peers, words.t("site.compare.peers.accepted")));
        }
        List<Metric> metrics = analysis.metrics();
        GroupAnalysis whole = analysis.group(ComparisonGroup.WHOLE_SAMPLE);
        Optional<ComparePeers.Group> group = chosen.isEmpty()
                ? Optional.empty()
                : Optional.of(ComparePeers.of(mode, chosen.get(0), analysis, picked(peer), definition, words));
        List<ComparePage.Row> rows = new ArrayList<>();
        for (Metric metric : metrics) {
            rows.add(new ComparePage.Row(
                    metric.code(),
                    words.wording().metric(metric, definition),
                    chosen.stream()
                            .map(e -> Cell.ofResult(e.value(metric), words))
                            .toList(),
                    whole.stats(metric).map(s -> Cell.of(s.mean())).orElse(Cell.EMPTY),
                    group.flatMap(g -> League.statistics(g.members(), metric))
                            .map(s -> Cell.of(s.mean()))
                            .orElse(Cell.EMPTY)));
        }
        List<ComparePage.Selected> selected = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            SampleEntry e = chosen.get(i);
            selected.add(new ComparePage.Selected(
                    e.city(),
                    e.name(),
                    e.country(),
                    e.synthetic(),
                    String.valueOf(e.round()),
                    e.edition().value(),
                    i));
        }
        model.addAttribute(
                "page",
                new ComparePage(
                        analysis.sample().snapshot().toString(),
                        words.in(definition.title()),
                        slots(analysis, chosen, words),
                        modes(mode, words),
                        peerChoices(analysis, picked(peer), words),
                        problems,
                        selected,
                        rows,
                        chosen.isEmpty() ? null : chart(chosen, metrics, whole, definition, words),
                        group.map(g -> peers(g, chosen.get(0), metrics, definition, words))
                                .orElse(null)));
        return "site/compare";
    }

    private static List<SampleEntry> choose(
            SampleAnalysis analysis, List<String> requested, List<String> problems, Words words) {
        Set<String> slugs = new LinkedHashSet<>();
        if (requested != null) {
            requested.stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(String::strip)
                    .forEach(slugs::add);
        }
        List<SampleEntry> chosen = new ArrayList<>();
        for (String slug : slugs) {
            Optional<SampleEntry> entry = analysis.sample().entry(slug);
            if (entry.isEmpty()) {
                problems.add(words.t("site.problem", "city", slug, words.t("site.compare.unknown")));
            } else if (chosen.size() == MOST) {
                problems.add(words.t("site.problem", "city", slug, words.t("site.compare.tooMany", MOST)));
            } else {
                chosen.add(entry.get());
            }
        }
        return chosen;
    }

    private static Set<String> picked(List<String> peer) {
        Set<String> picked = new LinkedHashSet<>();
        if (peer != null) {
            peer.stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(String::strip)
                    .forEach(picked::add);
        }
        return picked;
    }

    private static List<SampleEntry> byName(SampleAnalysis analysis) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        return analysis.sample().entries().stream()
                .sorted(Comparator.comparing(SampleEntry::name, collator))
                .toList();
    }

    private static List<ComparePage.Slot> slots(SampleAnalysis analysis, List<SampleEntry> chosen, Words words) {
        List<SampleEntry> all = byName(analysis);
        List<ComparePage.Slot> slots = new ArrayList<>();
        for (int i = 0; i < MOST; i++) {
            String current = i < chosen.size() ? chosen.get(i).city() : "";
            List<ComparePage.Option> options = new ArrayList<>();
            for (SampleEntry e : all) {
                options.add(new ComparePage.Option(
                        e.city(),
                        e.name() + " (" + words.country(e.country()) + ")",
                        e.city().equals(current)));
            }
            slots.add(new ComparePage.Slot("city-" + (i + 1), words.t("site.compare.slot." + (i + 1)), options));
        }
        return slots;
    }

    private static List<ComparePage.Option> modes(PeerMode mode, Words words) {
        List<ComparePage.Option> modes = new ArrayList<>();
        for (PeerMode m : PeerMode.values()) {
            modes.add(new ComparePage.Option(m.code(), words.t("site.compare.peers." + m.code()), m == mode));
        }
        return modes;
    }

    private static List<ComparePage.Option> peerChoices(SampleAnalysis analysis, Set<String> picked, Words words) {
        return byName(analysis).stream()
                .map(e -> new ComparePage.Option(
                        e.city(), e.name() + " (" + words.country(e.country()) + ")", picked.contains(e.city())))
                .toList();
    }

    private static CityPage.Chart chart(
            List<SampleEntry> chosen, List<Metric> metrics, GroupAnalysis whole, Definition definition, Words words) {
        List<ProfileChart.Series> series = new ArrayList<>();
        for (SampleEntry e : chosen) {
            series.add(new ProfileChart.Series(
                    e.name(), metrics.stream().map(e::value).toList()));
        }
        List<OptionalDouble> means = metrics.stream()
                .map(m -> whole.stats(m).map(s -> OptionalDouble.of(s.mean())).orElse(OptionalDouble.empty()))
                .toList();
        String names =
                words.wording().list(chosen.stream().map(SampleEntry::name).toList());
        // with a real city on the page, the mean is said to be the demo sample's, never the programme's figure
        boolean anyReal = chosen.stream().anyMatch(e -> !e.synthetic());
        String description = words.t(anyReal ? "site.compare.chart.desc.demo" : "site.compare.chart.desc", names);
        return new CityPage.Chart(
                ProfileChart.svg(
                        "compare-chart",
                        words.t(anyReal ? "site.compare.chart.title.demo" : "site.compare.chart.title", names),
                        description,
                        metrics.stream()
                                .map(m -> words.wording().metric(m, definition))
                                .toList(),
                        series,
                        means,
                        words.t(anyReal ? "site.compare.demoMean" : "site.chart.sampleMean")),
                description + " " + words.t("site.compare.chart.table"));
    }

    private static ComparePage.Peers peers(
            ComparePeers.Group group, SampleEntry mine, List<Metric> metrics, Definition definition, Words words) {
        List<ComparePage.StatsRow> rows = new ArrayList<>();
        for (Metric metric : metrics) {
            Optional<Stats> stats = League.statistics(group.members(), metric);
            if (stats.isEmpty()) {
                continue;
            }
            Stats s = stats.get();
            String rank = Ranking.of(group.members(), metric, TiePolicy.WHOLE_NUMBERS)
                    .positionOf(mine.city(), 0)
                    // a city alone in its group (of its kind) has no rank to speak of
                    .filter(r -> r.outOf() > 1)
                    .map(r -> words.t("site.rank.of", r.position(), r.outOf()))
                    .orElse("–");
            rows.add(new ComparePage.StatsRow(
                    words.wording().metric(metric, definition),
                    s.n(),
                    Cell.of(s.mean()),
                    Cell.of(s.median()),
                    Cell.of(s.q1()),
                    Cell.of(s.q3()),
                    Cell.of(s.min()),
                    Cell.of(s.max()),
                    rank));
        }
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        return new ComparePage.Peers(
                mine.name(),
                group.description(),
                group.notes(),
                group.members().stream()
                        .sorted(Comparator.comparing(SampleEntry::name, collator))
                        .map(e -> new ComparePage.Member(e.city(), e.name(), e.country(), e.synthetic()))
                        .toList(),
                rows);
    }
}
