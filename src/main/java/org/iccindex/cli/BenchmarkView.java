package org.iccindex.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.MetricComparison;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.definition.Definition;
import org.iccindex.result.ComputedFigures;
import org.iccindex.result.ResultFigures;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.Rounding;
import org.iccindex.wording.RankStatements;
import org.iccindex.wording.Wording;

/** Renders a city's benchmark as a text table or as JSON. */
final class BenchmarkView {
    private static final String NL = System.lineSeparator();

    private final Definition definition;
    private final SampleService.Comparison comparison;
    /** The city against the held sample: the table and the rank statements. */
    private final CityBenchmark city;
    /** The same round against a published snapshot asked for with --against, shown after the table. */
    private final Optional<CityBenchmark> published;

    private final Wording words;
    /** How many cities of the sample are fictional (the demo's synthetic sample). */
    private final long fictional;

    BenchmarkView(
            Definition definition,
            SampleService.Comparison comparison,
            CityBenchmark city,
            Optional<CityBenchmark> published,
            Wording words) {
        this.definition = definition;
        this.comparison = comparison;
        this.city = city;
        this.published = published;
        this.fictional = city.fictionalInSample();
        this.words = words;
    }

    String table() {
        StoredResult result = comparison.result();
        StringBuilder out = new StringBuilder();
        out.append(result.city().name())
                .append(" (")
                .append(result.city().slug())
                .append("), ")
                .append(result.city().country());
        out.append(": round ").append(result.round()).append(", edition ").append(result.edition());
        out.append(", ")
                .append(result.origin().code())
                .append(" figures (method ")
                .append(result.method().id())
                .append(')');
        if (result.city().synthetic()) {
            out.append(NL).append("SYNTHETIC: a fictional city of the demo data");
        }
        out.append(NL);
        result.source().ifPresent(s -> out.append("Source: ").append(s).append(NL));
        out.append("Sample as of ")
                .append(city.heldDate())
                .append(": ")
                .append(city.heldSize())
                .append(" cities")
                .append(NL);
        if (city.realAgainstFictional()) {
            // a real city must never read the demo's fictional sample as the real one
            out.append("  of which ")
                    .append(fictional)
                    .append(" are FICTIONAL cities of the demo data: the means below are not published figures")
                    .append(published.isEmpty() ? " (--against SNAPSHOT compares with published averages)" : "")
                    .append(NL)
                    .append("  Compared with the demo sample as asked: every mean below is against fictional cities;")
                    .append(" ranks count real cities only")
                    .append(NL);
        }
        List<GroupComparison> columns = city.columns();
        char letter = 'A';
        for (GroupComparison group : city.groups()) {
            String key = columns.contains(group) ? String.valueOf(letter++) : "-";
            out.append("  ")
                    .append(key)
                    .append("  ")
                    .append(words.group(group.group(), definition))
                    .append(" (")
                    .append(group.members())
                    .append(')')
                    .append(NL);
        }
        out.append(NL);
        List<String> header = new ArrayList<>(List.of("Metric", "City"));
        letter = 'A';
        String meanLabel = city.realAgainstFictional() ? " mean (incl. fictional)" : " mean";
        for (int i = 0; i < columns.size(); i++, letter++) {
            header.add(letter + meanLabel);
            header.add(letter + " rank");
        }
        TextTable table = new TextTable().row(header.toArray(String[]::new));
        for (CityBenchmark.Row line : city.rows()) {
            Metric metric = line.metric();
            List<String> row = new ArrayList<>(List.of(words.metric(metric, definition), cityValue(line.value())));
            for (GroupComparison group : columns) {
                MetricComparison m = group.metric(metric).orElseThrow();
                row.add(m.stats()
                        .map(s -> String.valueOf(Rounding.whole(s.mean())))
                        .orElse("-"));
                row.add(m.rank().map(r -> r.position() + "/" + r.outOf()).orElse("-"));
            }
            table.row(row.toArray(String[]::new));
        }
        out.append(table.render());
        out.append("Means and ranks count the cities that have a figure for the metric; ties share a rank.")
                .append(NL);
        definition.scoredAreas().stream()
                .filter(a -> definition.isNewArea(a.code()))
                .findFirst()
                .ifPresent(a -> out.append(
                                "Areas introduced with this edition are compared only with the cities that answered them.")
                        .append(NL));
        out.append(NL)
                .append("Rank statements (")
                .append(words.metric(Metric.AGGREGATE, definition))
                .append("):")
                .append(NL);
        for (String statement : RankStatements.of(city, definition, words)) {
            out.append("  ").append(statement).append(NL);
        }
        out.append(NL).append(figures());
        computedLines(result).forEach(line -> out.append(line).append(NL));
        published.ifPresent(p -> out.append(NL).append(againstPublished(p)));
        return out.toString();
    }

    private String figures() {
        ResultFigures f = comparison.figures();
        StringBuilder out = new StringBuilder();
        out.append(figureLine(
                words.metric(Metric.LENS, definition),
                comparison.result().lensPublished(),
                f.lensRecomputed(),
                definition.composite().map(c -> c.areas().size()).orElse(0),
                definition
                        .composite()
                        .map(c -> (int) c.areas().stream()
                                .filter(comparison.result().areaScores()::containsKey)
                                .count())
                        .orElse(0)));
        out.append(figureLine(
                words.metric(Metric.AGGREGATE, definition),
                comparison.result().aggregatePublished(),
                f.aggregateRecomputed(),
                f.scoredAreas(),
                f.areasGiven()));
        return out.toString();
    }

    private static String figureLine(
            String name, OptionalDouble published, OptionalDouble recomputed, int of, int given) {
        if (recomputed.isEmpty() && published.isEmpty()) {
            return name + ": no figure" + NL;
        }
        String recomputedText = recomputed.isPresent()
                ? String.format(
                        Locale.ROOT,
                        "recomputed from %d of %d areas: %.2f (shown %d)",
                        given,
                        of,
                        recomputed.getAsDouble(),
                        Rounding.whole(recomputed.getAsDouble()))
                : "cannot be recomputed (no area score)";
        if (published.isEmpty()) {
            return name + ": " + recomputedText + NL;
        }
        String line = name + ": published " + Rounding.whole(published.getAsDouble()) + "; " + recomputedText;
        if (recomputed.isPresent()
                && Rounding.whole(recomputed.getAsDouble()) != Rounding.whole(published.getAsDouble())) {
            line += " - DIFFERS from the published figure";
        }
        return line + NL;
    }

    private String againstPublished(CityBenchmark against) {
        PublishedSnapshot snapshot = against.published().orElseThrow();
        StringBuilder out = new StringBuilder("Against the published snapshot ")
                .append(snapshot.id())
                .append(" (")
                .append(snapshot.sampleSize())
                .append(" cities, ")
                .append(snapshot.date())
                .append("):")
                .append(NL);
        TextTable table = new TextTable().row("Metric", "City", "Sample", "Difference");
        for (CityBenchmark.Row row : against.rows()) {
            if (row.reference().isPresent()) {
                String difference = row.difference().isPresent()
                        ? String.format(Locale.ROOT, "%+d", row.difference().getAsInt())
                        : "-";
                table.row(
                        words.metric(row.metric(), definition), shown(row.value()), shown(row.reference()), difference);
            }
        }
        out.append(table.render()).append("Source: ").append(snapshot.source()).append(NL);
        return out.toString();
    }

    /** The city's figure; a published result that gives none says "not published" (it is not "not answered"). */
    private String cityValue(OptionalDouble value) {
        if (value.isEmpty() && city.figuresPublished()) {
            return "not published";
        }
        return shown(value);
    }

    private static String shown(OptionalDouble value) {
        return ScoreCommand.shown(value);
    }

    /** Beside a published result, the figures computed from the round's answers that differ from it, as stored. */
    private List<String> computedLines(StoredResult result) {
        if (!result.computedDiffers()) {
            return List.of();
        }
        ComputedFigures computed = result.computed().orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add(PublishedBenchmarkView.computedLabel(computed) + " (method "
                + computed.method().id() + "), where it differs:");
        for (var area : definition.scoredAreas()) {
            Double value = computed.areaScores().get(area.code());
            Double published = result.areaScores().get(area.code());
            if (value != null && (published == null || Rounding.whole(published) != Rounding.whole(value))) {
                lines.add("  " + words.metric(Metric.area(area.code()), definition) + ": "
                        + (published == null ? "not published" : "published " + Rounding.whole(published))
                        + ", computed " + Rounding.whole(value));
            }
        }
        return lines;
    }

    Map<String, Object> json() {
        StoredResult result = comparison.result();
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("slug", result.city().slug().value());
        who.put("name", result.city().name());
        who.put("country", result.city().country());
        who.put("synthetic", result.city().synthetic());
        map.put("city", who);
        map.put("round", result.round());
        map.put("edition", result.edition().value());
        map.put("origin", result.origin().code());
        map.put("method", result.method().id());
        map.put("snapshot", city.heldDate().toString());
        map.put("sampleSize", city.heldSize());
        map.put("fictionalInSample", fictional);
        List<Object> groups = new ArrayList<>();
        for (GroupComparison group : city.groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("group", words.group(group.group(), definition));
            g.put("members", group.members());
            List<Object> metrics = new ArrayList<>();
            for (MetricComparison m : group.in(city.metrics())) {
                Map<String, Object> metric = new LinkedHashMap<>();
                metric.put("metric", m.metric().code());
                metric.put("value", m.value().isPresent() ? m.value().getAsDouble() : null);
                m.stats().ifPresent(s -> {
                    metric.put("n", s.n());
                    metric.put("mean", s.mean());
                    metric.put("median", s.median());
                    metric.put("q1", s.q1());
                    metric.put("q3", s.q3());
                    metric.put("min", s.min());
                    metric.put("max", s.max());
                });
                m.rank().ifPresent(r -> {
                    metric.put("rank", r.position());
                    metric.put("ranked", r.outOf());
                    metric.put(
                            "aheadOf",
                            r.ahead().stream().map(RankPosition.Neighbour::city).toList());
                    metric.put(
                            "behind",
                            r.behind().stream()
                                    .map(RankPosition.Neighbour::city)
                                    .toList());
                });
                metrics.add(metric);
            }
            g.put("metrics", metrics);
            groups.add(g);
        }
        map.put("groups", groups);
        ResultFigures f = comparison.figures();
        map.put("lensPublished", value(result.lensPublished()));
        map.put("lensRecomputed", value(f.lensRecomputed()));
        map.put("aggregatePublished", value(result.aggregatePublished()));
        map.put("aggregateRecomputed", value(f.aggregateRecomputed()));
        published.flatMap(CityBenchmark::published).ifPresent(p -> {
            Map<String, Object> averages = new LinkedHashMap<>();
            p.averages().forEach((metric, average) -> averages.put(metric.code(), average));
            Map<String, Object> snapshot = new LinkedHashMap<>();
            snapshot.put("id", p.id());
            snapshot.put("date", p.date().toString());
            snapshot.put("sampleSize", p.sampleSize());
            snapshot.put("averages", averages);
            map.put("publishedSnapshot", snapshot);
        });
        return map;
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
