package org.iccindex.site.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.definition.Area;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.result.AnswersBasis;
import org.iccindex.result.ComputedFigures;
import org.iccindex.result.ResultFigures;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.Rounding;
import org.iccindex.site.chart.ProgressChart;
import org.iccindex.site.data.PublicResults;
import org.iccindex.web.Words;

/** The parts of a city's page around its comparison table: profile, notes on its figures, progress across rounds. */
final class CityFigures {
    private CityFigures() {}

    /** Population and foreign-born (or non-national) share, each with the band it places the city in. */
    static List<CityPage.Fact> profile(StoredResult result, Definition definition, Words words) {
        List<CityPage.Fact> facts = new ArrayList<>();
        result.population()
                .ifPresent(p -> facts.add(new CityPage.Fact(
                        words.t("site.city.population"),
                        words.t(
                                "site.city.withBand",
                                words.number(p),
                                words.wording()
                                        .band(definition
                                                .bands(BandAxis.POPULATION)
                                                .bandOf(BigDecimal.valueOf(p)))))));
        result.foreignBornPct()
                .ifPresent(f -> facts.add(new CityPage.Fact(
                        words.t("site.city.foreignBorn"),
                        words.t(
                                "site.city.withBand",
                                words.number(f) + " %",
                                words.wording()
                                        .band(definition
                                                .bands(BandAxis.FOREIGN_BORN)
                                                .bandOf(f))))));
        result.nonNationalPct()
                .ifPresent(n -> facts.add(new CityPage.Fact(
                        words.t("site.city.nonNational"),
                        result.foreignBornPct().isPresent()
                                ? words.number(n) + " %"
                                : words.t(
                                        "site.city.withBand",
                                        words.number(n) + " %",
                                        words.wording()
                                                .band(definition
                                                        .bands(BandAxis.FOREIGN_BORN)
                                                        .bandOf(n))))));
        return facts;
    }

    /** Where a published lens or aggregate differs from what its area scores give, say so with both figures. */
    static List<String> notes(SampleService.Comparison comparison, Words words, Definition definition) {
        ResultFigures f = comparison.figures();
        StoredResult result = comparison.result();
        List<String> notes = new ArrayList<>();
        note(words, words.wording().metric(Metric.LENS, definition), result.lensPublished(), f.lensRecomputed())
                .ifPresent(notes::add);
        note(
                        words,
                        words.wording().metric(Metric.AGGREGATE, definition),
                        result.aggregatePublished(),
                        f.aggregateRecomputed())
                .ifPresent(notes::add);
        if (f.areasGiven() < f.scoredAreas()) {
            notes.add(words.t("site.city.note.areas", f.areasGiven(), f.scoredAreas()));
        }
        if (result.computedDiffers()) {
            notes.addAll(computedNotes(result, words, definition));
        }
        return notes;
    }

    /**
     * A published result that also carries figures computed from the round's answers, where the two differ: each
     * figure that differs (or that the source does not publish) with both values, as stored (never recomputed).
     */
    private static List<String> computedNotes(StoredResult result, Words words, Definition definition) {
        ComputedFigures computed = result.computed().orElseThrow();
        List<String> notes = new ArrayList<>();
        // answers this project reconstructed from a published report are said to be so wherever a figure is shown
        String basis = computed.basis() == AnswersBasis.RECONSTRUCTED ? ".reconstructed" : "";
        notes.add(words.t("site.city.note.computed.lead" + basis));
        for (Area area : definition.scoredAreas()) {
            Double value = computed.areaScores().get(area.code());
            if (value != null) {
                computedNote(
                                words,
                                basis,
                                words.wording().metric(Metric.area(area.code()), definition),
                                Optional.ofNullable(result.areaScores().get(area.code()))
                                        .map(OptionalDouble::of)
                                        .orElse(OptionalDouble.empty()),
                                OptionalDouble.of(value))
                        .ifPresent(notes::add);
            }
        }
        computedNote(
                        words,
                        basis,
                        words.wording().metric(Metric.LENS, definition),
                        result.lensPublished(),
                        computed.lens())
                .ifPresent(notes::add);
        computedNote(
                        words,
                        basis,
                        words.wording().metric(Metric.AGGREGATE, definition),
                        result.aggregatePublished(),
                        computed.aggregate())
                .ifPresent(notes::add);
        return notes;
    }

    private static Optional<String> computedNote(
            Words words, String basis, String name, OptionalDouble published, OptionalDouble computed) {
        if (computed.isEmpty()) {
            return Optional.empty();
        }
        int fromAnswers = Rounding.whole(computed.getAsDouble());
        if (published.isEmpty()) {
            return Optional.of(words.t("site.city.note.computed.only" + basis, name, fromAnswers));
        }
        int shown = Rounding.whole(published.getAsDouble());
        return shown == fromAnswers
                ? Optional.empty()
                : Optional.of(words.t("site.city.note.computed.differs" + basis, name, shown, fromAnswers));
    }

    private static Optional<String> note(Words words, String name, OptionalDouble published, OptionalDouble again) {
        if (published.isEmpty() || again.isEmpty()) {
            return Optional.empty();
        }
        int shown = Rounding.whole(published.getAsDouble());
        int recomputed = Rounding.whole(again.getAsDouble());
        return Optional.of(
                shown == recomputed
                        ? words.t("site.city.note.same", name, shown, recomputed)
                        : words.t("site.city.note.differs", name, shown, recomputed));
    }

    /**
     * Every public round of the city under the page's edition (areas matched by code), with the sample's mean
     * aggregate on the day each was published; a chart when there are two rounds or more.
     */
    static CityPage.Progress progress(
            PublicResults data, List<StoredResult> rounds, StoredResult current, Definition definition, Words words) {
        List<CityPage.RoundLink> links = new ArrayList<>();
        List<SampleEntry> entries = new ArrayList<>();
        List<OptionalDouble> sampleMeans = new ArrayList<>();
        for (StoredResult r : rounds) {
            String slug = r.city().slug().value();
            links.add(new CityPage.RoundLink(
                    r.round(),
                    r.edition().value(),
                    r.publishedLabel(),
                    "/cities/" + slug + "?round=" + r.round(),
                    r.id() == current.id()));
            entries.add(data.entry(r, definition));
            sampleMeans.add(data.analysis(definition, r.publishedOn())
                    .group(ComparisonGroup.WHOLE_SAMPLE)
                    .stats(Metric.AGGREGATE)
                    .map(s -> OptionalDouble.of(s.mean()))
                    .orElse(OptionalDouble.empty()));
        }
        List<String> headers = rounds.stream()
                .map(r -> r.round() + " (" + r.edition().value() + ")")
                .toList();
        List<CityPage.ProgressRow> rows = new ArrayList<>();
        for (Metric metric : org.iccindex.benchmark.SampleAnalysis.metricsOf(definition)) {
            rows.add(new CityPage.ProgressRow(
                    words.wording().metric(metric, definition),
                    entries.stream()
                            .map(e -> Cell.ofResult(e.value(metric), words))
                            .toList()));
        }
        rows.add(new CityPage.ProgressRow(
                words.t("site.city.progress.sampleMean"),
                sampleMeans.stream().map(Cell::of).toList()));
        CityPage.Chart chart = null;
        if (rounds.size() > 1) {
            String name = current.city().name();
            List<ProgressChart.Line> lines = new ArrayList<>();
            lines.add(new ProgressChart.Line(
                    words.wording().metric(Metric.AGGREGATE, definition),
                    entries.stream().map(e -> e.value(Metric.AGGREGATE)).toList()));
            if (definition.composite().isPresent()) {
                lines.add(new ProgressChart.Line(
                        words.wording().metric(Metric.LENS, definition),
                        entries.stream().map(e -> e.value(Metric.LENS)).toList()));
            }
            lines.add(new ProgressChart.Line(words.t("site.city.progress.sampleMean"), sampleMeans));
            String summary = summary(entries, name, words);
            chart = new CityPage.Chart(
                    ProgressChart.svg(
                            "progress-chart",
                            words.t("site.city.progress.chart.title", name),
                            summary,
                            rounds.stream().map(r -> String.valueOf(r.round())).toList(),
                            lines),
                    summary + " " + words.t("site.city.progress.chart.table"));
        }
        return new CityPage.Progress(links, chart, headers, rows);
    }

    private static String summary(List<SampleEntry> entries, String name, Words words) {
        OptionalDouble first = OptionalDouble.empty();
        OptionalDouble last = OptionalDouble.empty();
        int firstRound = 0;
        int lastRound = 0;
        for (SampleEntry e : entries) {
            OptionalDouble value = e.value(Metric.AGGREGATE);
            if (value.isPresent()) {
                if (first.isEmpty()) {
                    first = value;
                    firstRound = e.round();
                }
                last = value;
                lastRound = e.round();
            }
        }
        if (first.isEmpty() || firstRound == lastRound) {
            return words.t("site.city.progress.summary.none", name);
        }
        return words.t(
                "site.city.progress.summary",
                name,
                Rounding.whole(first.getAsDouble()),
                String.valueOf(firstRound),
                Rounding.whole(last.getAsDouble()),
                String.valueOf(lastRound));
    }
}
