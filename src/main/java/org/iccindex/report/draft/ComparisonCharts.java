package org.iccindex.report.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.benchmark.Stats;
import org.iccindex.definition.Area;
import org.iccindex.definition.BandAxis;
import org.iccindex.report.Chart;
import org.iccindex.report.chart.BarChart;
import org.iccindex.report.chart.BarChart.Role;
import org.iccindex.report.chart.BarChart.Row;
import org.iccindex.report.chart.BarChart.Series;
import org.iccindex.report.chart.IntervalChart;

/** The report's charts, each with its text alternative and its table of figures. */
final class ComparisonCharts {
    private final Drafting d;

    ComparisonCharts(Drafting drafting) {
        this.d = drafting;
    }

    /** The city against the sample (or the cities that answered a new area) and against its two bands. */
    Chart groups(String id, String title, Metric metric) {
        OptionalDouble city = d.cityValue(metric);
        List<Row> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        if (d.publishedOnly()) {
            // exactly what the published benchmark holds: its average where it gives one, no group, no rank
            if (d.referenceIsPublished(metric)) {
                String label = d.text("chart.sample.published", d.sampleSize());
                row(rows, table, alt, label, d.sampleSize(), city, d.reference(metric), Optional.empty());
            }
        } else if (d.isNew(metric)) {
            d.answered(metric).ifPresent(g -> add(rows, table, alt, metric, city, g, true));
        } else if (d.referenceIsPublished(metric)) {
            String label = d.text("chart.sample.published", d.sampleSize());
            OptionalDouble reference = d.reference(metric);
            Optional<RankPosition> rank = Drafting.rank(d.benchmark.wholeSample(), metric);
            row(rows, table, alt, label, d.sampleSize(), city, reference, rank);
        } else {
            add(rows, table, alt, metric, city, d.benchmark.wholeSample(), true);
        }
        for (BandAxis axis : BandAxis.values()) {
            if (!d.publishedOnly()) {
                d.band(axis).ifPresent(g -> add(rows, table, alt, metric, city, g, false));
            }
        }
        List<Series> series =
                List.of(new Series(d.city, Role.CITY), new Series(d.text("chart.series.group"), Role.REFERENCE));
        String description = String.join("; ", alt) + ".";
        List<String> header = List.of(
                d.text("chart.col.compared"),
                d.text("chart.col.cities"),
                d.text("chart.col.mean"),
                d.city,
                d.text("chart.col.rank", d.city));
        return new Chart(
                id,
                title,
                BarChart.svg(id, title, description, series, rows),
                title + ". " + description,
                header,
                table);
    }

    private void add(
            List<Row> rows,
            List<List<String>> table,
            List<String> alt,
            Metric metric,
            OptionalDouble city,
            GroupComparison group,
            boolean first) {
        Optional<Stats> stats = Drafting.stats(group, metric);
        if (stats.isEmpty()) {
            return;
        }
        int n = stats.get().n();
        String label;
        if (first && d.isNew(metric)) {
            label = d.text("chart.answered", n);
        } else if (first) {
            label = d.text("chart.sample", n);
        } else {
            label = Drafting.capitalised(d.groupName(group)) + " (" + n + ")";
        }
        row(rows, table, alt, label, n, city, OptionalDouble.of(stats.get().mean()), Drafting.rank(group, metric));
    }

    private void row(
            List<Row> rows,
            List<List<String>> table,
            List<String> alt,
            String label,
            int n,
            OptionalDouble city,
            OptionalDouble mean,
            Optional<RankPosition> rank) {
        rows.add(new Row(label, List.of(city, mean)));
        table.add(List.of(
                label,
                String.valueOf(n),
                d.shown(mean),
                d.shown(city),
                rank.map(r -> r.position() + " / " + r.outOf()).orElse("\u2013")));
        alt.add(d.text("chart.alt.pair", label, d.city, d.shown(city), d.shown(mean)));
    }

    /** Every scored area: the city against the figure it is compared with. */
    Chart profile(String id) {
        String title = d.text("chart.profile.title", d.city);
        String sample = d.text("chart.sample", d.sampleSize());
        List<Row> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        for (Area area : d.definition.scoredAreas()) {
            Metric metric = Metric.area(area.code());
            OptionalDouble city = d.cityValue(metric);
            OptionalDouble reference = d.reference(metric);
            rows.add(new Row(d.areaName(area), List.of(city, reference)));
            table.add(List.of(d.areaName(area), d.shown(city), d.shown(reference)));
            alt.add(d.text("chart.alt.profile", d.areaName(area), d.city, d.shown(city), d.shown(reference)));
        }
        List<Series> series = List.of(new Series(d.city, Role.CITY), new Series(sample, Role.REFERENCE));
        String description = String.join("; ", alt) + ".";
        return new Chart(
                id,
                title,
                BarChart.svg(id, title, description, series, rows),
                title + ". " + description,
                List.of(d.text("chart.col.area"), d.city, sample),
                table);
    }

    /** Every scored area: the previous round against this one. */
    Chart progress(String id, ReportInputs.PreviousRound previous) {
        int round = d.in.result().round();
        String title = d.text("chart.progress.title", d.city, String.valueOf(round), String.valueOf(previous.round()));
        List<Row> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        for (Area area : d.definition.scoredAreas()) {
            Metric metric = Metric.area(area.code());
            OptionalDouble before = previous.entry().value(metric);
            OptionalDouble now = d.cityValue(metric);
            rows.add(new Row(d.areaName(area), List.of(before, now)));
            table.add(List.of(d.areaName(area), d.shown(before), d.shown(now)));
            alt.add(d.text(
                    "chart.alt.progress",
                    d.areaName(area),
                    d.shown(now),
                    String.valueOf(round),
                    d.shown(before),
                    String.valueOf(previous.round())));
        }
        List<Series> series = List.of(
                new Series(String.valueOf(previous.round()), Role.EARLIER),
                new Series(String.valueOf(round), Role.CITY));
        String description = String.join("; ", alt) + ".";
        return new Chart(
                id,
                title,
                BarChart.svg(id, title, description, series, rows),
                title + ". " + description,
                List.of(d.text("chart.col.area"), String.valueOf(previous.round()), String.valueOf(round)),
                table);
    }

    /** The city's aggregate rank over the method variants: the 90 % interval, the median and the nominal rank. */
    Chart robustness(String id, RankInterval i, ReportInputs.RankRobustness r) {
        String draws = java.text.NumberFormat.getIntegerInstance(d.in.locale()).format(r.draws());
        String title = d.text("chart.robustness.title", d.city, draws);
        String description = d.text(
                        "chart.robustness.alt",
                        i.outOf(),
                        d.words.ordinal(i.median()),
                        d.words.ordinal(i.low()),
                        d.words.ordinal(i.high()),
                        d.words.ordinal(i.nominal()))
                + ".";
        String svg = IntervalChart.svg(
                id,
                title,
                description,
                new IntervalChart.Ranks(i.outOf(), i.low(), i.high(), i.median(), i.nominal()),
                new IntervalChart.Labels(
                        d.words.ordinal(1),
                        d.words.ordinal(i.outOf()),
                        d.words.ordinal(i.low()),
                        d.words.ordinal(i.high()),
                        d.words.ordinal(i.median()),
                        d.text("chart.robustness.legend")));
        return new Chart(
                id,
                title,
                svg,
                title + ". " + description,
                List.of("", d.text("chart.col.robustness")),
                List.of(
                        List.of(d.text("chart.row.nominal"), d.words.ordinal(i.nominal())),
                        List.of(d.text("chart.row.median"), d.words.ordinal(i.median())),
                        List.of(d.text("chart.row.low"), d.words.ordinal(i.low())),
                        List.of(d.text("chart.row.high"), d.words.ordinal(i.high()))));
    }
}
