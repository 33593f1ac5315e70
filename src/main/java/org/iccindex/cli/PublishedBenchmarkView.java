package org.iccindex.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.definition.Definition;
import org.iccindex.result.AnswersBasis;
import org.iccindex.result.ComputedFigures;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.Rounding;
import org.iccindex.wording.Wording;

/**
 * A real city's round against the benchmark its own report published: the published averages only. No ranks, no
 * group means and no comparison for a metric the snapshot gives no figure for, because the report gives none; the
 * demo sample (fictional cities included) is never shown here.
 */
final class PublishedBenchmarkView {
    private static final String NL = System.lineSeparator();
    static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Definition definition;
    private final StoredResult result;
    private final CityBenchmark benchmark;
    private final PublishedSnapshot snapshot;
    private final Wording words;

    PublishedBenchmarkView(Definition definition, StoredResult result, CityBenchmark benchmark, Wording words) {
        this.words = words;
        this.definition = definition;
        this.result = result;
        this.benchmark = benchmark;
        this.snapshot = benchmark.published().orElseThrow();
    }

    /** The benchmark's rows as the command line lists them: the areas first, then the lens and the aggregate. */
    private List<CityBenchmark.Row> rows() {
        List<CityBenchmark.Row> rows = new ArrayList<>();
        benchmark.rows().stream().filter(r -> r.metric() instanceof Metric.Area).forEach(rows::add);
        benchmark.rows().stream()
                .filter(r -> !(r.metric() instanceof Metric.Area))
                .sorted(Comparator.comparing(r -> r.metric().equals(Metric.AGGREGATE)))
                .forEach(rows::add);
        return rows;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(result.city().name())
                .append(" (")
                .append(result.city().slug())
                .append("), ")
                .append(result.city().country())
                .append(": round ")
                .append(result.round())
                .append(", edition ")
                .append(result.edition())
                .append(", ")
                .append(result.origin().code())
                .append(" figures")
                .append(NL);
        result.source().ifPresent(s -> out.append("Source: ").append(s).append(NL));
        out.append("Benchmark: the sample averages published on ")
                .append(snapshot.date().format(ENGLISH_DATE))
                .append(" (")
                .append(snapshot.id())
                .append(", ")
                .append(snapshot.sampleSize())
                .append(" cities). The report gives no ranks and no group means, so none are shown.")
                .append(NL)
                .append("(--benchmark sample compares with the demo sample instead: fictional cities included.)")
                .append(NL)
                .append(NL);
        TextTable table = new TextTable().row("Metric", "City", "Published average", "Difference");
        for (CityBenchmark.Row row : rows()) {
            String difference = row.difference().isPresent()
                    ? String.format(Locale.ROOT, "%+d", row.difference().getAsInt())
                    : "no comparison";
            table.row(words.metric(row.metric(), definition), shown(row.value()), shown(row.reference()), difference);
        }
        out.append(table.render());
        out.append(caveat()).append(NL);
        out.append("Source of the averages: ").append(snapshot.source()).append(NL);
        computedLine().ifPresent(line -> out.append(line).append(NL));
        return out.toString();
    }

    private static String shown(OptionalDouble value) {
        return value.isPresent() ? String.valueOf(Rounding.whole(value.getAsDouble())) : "not published";
    }

    /** Which figures the comparison rests on: those both published, and those the report does not give. */
    String caveat() {
        List<String> published = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CityBenchmark.Row row : rows()) {
            String name = words.metric(row.metric(), definition);
            if (row.gap().isEmpty()) {
                published.add(name);
            } else if (row.gap().get() == CityBenchmark.Gap.NO_REFERENCE) {
                missing.add(name + " (no published average)");
            } else {
                missing.add(name + " (no published score for the city)");
            }
        }
        return "Published figures compared: " + String.join(", ", published) + "." + NL + "Not published: "
                + (missing.isEmpty() ? "none" : String.join(", ", missing)) + ".";
    }

    /** The figures computed from the round's answers, said for what they are, where the report gives none. */
    private java.util.Optional<String> computedLine() {
        return result.computed().map(c -> {
            List<String> parts = new ArrayList<>();
            for (CityBenchmark.Row row : rows()) {
                if (row.metric() instanceof Metric.Area a && row.value().isEmpty()) {
                    Double score = c.areaScores().get(a.area());
                    if (score != null) {
                        parts.add(words.metric(row.metric(), definition) + " " + Rounding.whole(score));
                    }
                }
            }
            return parts.isEmpty() ? null : computedLabel(c) + ": " + String.join(", ", parts);
        });
    }

    /** How figures computed from a round's answers are labelled, by who wrote the answers. */
    static String computedLabel(ComputedFigures computed) {
        return computed.basis() == AnswersBasis.RECONSTRUCTED
                ? "Computed from the answers reconstructed from the published report"
                : "Computed from the round's answers";
    }

    Map<String, Object> json() {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("slug", result.city().slug().value());
        who.put("name", result.city().name());
        who.put("country", result.city().country());
        who.put("synthetic", false);
        map.put("city", who);
        map.put("round", result.round());
        map.put("edition", result.edition().value());
        map.put("origin", result.origin().code());
        map.put("benchmark", "published");
        Map<String, Object> against = new LinkedHashMap<>();
        against.put("id", snapshot.id());
        against.put("date", snapshot.date().toString());
        against.put("sampleSize", snapshot.sampleSize());
        against.put("source", snapshot.source());
        map.put("publishedSnapshot", against);
        List<Object> metrics = new ArrayList<>();
        for (CityBenchmark.Row row : rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            OptionalDouble value = row.value();
            OptionalDouble average = row.reference();
            m.put("metric", row.metric().code());
            m.put("value", value.isPresent() ? value.getAsDouble() : null);
            m.put("publishedAverage", average.isPresent() ? average.getAsDouble() : null);
            m.put("published", row.gap().isEmpty());
            metrics.add(m);
        }
        map.put("metrics", metrics);
        result.computed().ifPresent(c -> {
            Map<String, Object> computed = new LinkedHashMap<>();
            computed.put("answersBasis", c.basis().name());
            computed.put("label", computedLabel(c));
            Map<String, Object> scores = new LinkedHashMap<>();
            c.areaScores().forEach((area, score) -> scores.put(area.value(), score));
            computed.put("areaScores", scores);
            map.put("computed", computed);
        });
        return map;
    }
}
