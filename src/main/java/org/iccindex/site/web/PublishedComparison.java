package org.iccindex.site.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.definition.Definition;
import org.iccindex.result.StoredResult;
import org.iccindex.site.chart.ProfileChart;
import org.iccindex.web.Words;

/**
 * A real city's round against the averages its own report published, as the city page shows it by default: the
 * published averages only, no ranks, no group means, no comparison where either figure is not published, and a
 * caveat naming which figures are published and which are not. The demo sample is one link away, never mixed in.
 */
record PublishedComparison(
        String lead,
        List<String> caveat,
        List<Row> rows,
        Map<String, String> versus,
        CityPage.Chart chart,
        String sampleHref) {

    /** One metric: the city's published figure, the published average and the difference (or why there is none). */
    record Row(String code, String name, String href, Cell city, Cell average, String difference) {}

    static PublishedComparison of(StoredResult result, CityBenchmark benchmark, Definition definition, Words words) {
        PublishedSnapshot snapshot = benchmark.published().orElseThrow();
        String slug = result.city().slug().value();
        String date = date(snapshot, words.locale());
        List<Row> rows = new ArrayList<>();
        Map<String, String> versus = new LinkedHashMap<>();
        List<String> compared = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<OptionalDouble> values = new ArrayList<>();
        List<OptionalDouble> averages = new ArrayList<>();
        for (CityBenchmark.Row row : benchmark.rows()) {
            Metric metric = row.metric();
            String name = words.wording().metric(metric, definition);
            OptionalDouble value = row.value();
            OptionalDouble average = row.reference();
            Cell averageCell = Cell.ofResult(average, words);
            String difference;
            if (row.difference().isPresent()) {
                difference = String.format(Locale.ROOT, "%+d", row.difference().getAsInt());
                compared.add(name);
            } else {
                difference = words.t("site.city.published.noComparison");
                missing.add(name);
            }
            rows.add(new Row(
                    metric.code(),
                    name,
                    metric instanceof Metric.Area ? "/areas/" + metric.code() + "?city=" + slug : null,
                    Cell.ofResult(value, words),
                    averageCell,
                    difference));
            versus.put(
                    metric.code(),
                    average.isPresent()
                            ? words.t("site.city.published.versus", averageCell.text())
                            : words.t("site.city.published.noAverage"));
            labels.add(name);
            values.add(value);
            averages.add(average);
        }
        List<String> caveat = new ArrayList<>();
        caveat.add(words.t("site.city.published.compared", String.join(", ", compared)));
        if (!missing.isEmpty()) {
            caveat.add(words.t("site.city.published.missing", String.join(", ", missing)));
        }
        caveat.add(words.t("site.city.published.source", snapshot.source()));
        String name = result.city().name();
        String summary = words.t("site.city.published.chart.summary", name, date, compared.size());
        String svg = ProfileChart.svg(
                "profile-chart",
                words.t("site.city.published.chart.title", name),
                summary,
                labels,
                List.of(new ProfileChart.Series(name, values)),
                averages,
                words.t("site.city.published.average"));
        return new PublishedComparison(
                words.t("site.city.published.lead", date, snapshot.sampleSize()),
                caveat,
                rows,
                versus,
                new CityPage.Chart(svg, summary + " " + words.t("site.city.chart.table")),
                "/cities/" + slug + "?round=" + result.round() + "&benchmark=sample");
    }

    /** "27 August 2020", "27 août 2020". */
    static String date(PublishedSnapshot snapshot, Locale locale) {
        return snapshot.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
}
