package org.iccindex.report.draft;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.definition.Area;
import org.iccindex.definition.DataKind;
import org.iccindex.definition.Question;
import org.iccindex.report.Chart;
import org.iccindex.report.CityAnswers.AreaActivity;
import org.iccindex.report.ConclusionRow;
import org.iccindex.report.Paragraph;
import org.iccindex.scoring.Rounding;
import org.iccindex.wording.RankStatements;

/** The aggregate index with the rank statements, progress, the conclusions table and the recommendations. */
final class Closing {
    private static final int WEAKEST = 4;
    private static final int QUOTED_QUESTIONS = 2;
    /** From this shown score on, an area is called a strong position. */
    private static final int STRONG = 80;

    private final Drafting d;
    private final ComparisonCharts charts;

    Closing(Drafting drafting, ComparisonCharts charts) {
        this.d = drafting;
        this.charts = charts;
    }

    List<Paragraph> aggregate() {
        List<Paragraph> paragraphs = new ArrayList<>();
        OptionalDouble city = d.cityValue(Metric.AGGREGATE);
        OptionalDouble reference = d.reference(Metric.AGGREGATE);
        if (city.isEmpty()) {
            paragraphs.add(d.paragraph("aggregate.score", "aggregate.none", d.city));
        } else if (reference.isEmpty()) {
            paragraphs.add(d.paragraph(
                    "aggregate.score", "aggregate.score.nosample", d.city, d.words.shown(city.getAsDouble())));
        } else {
            paragraphs.add(d.paragraph(
                    "aggregate.score",
                    "aggregate.score",
                    d.city,
                    d.words.shown(city.getAsDouble()),
                    d.words.comparedTo(city.getAsDouble(), reference.getAsDouble()),
                    d.words.shown(reference.getAsDouble())));
        }
        List<Area> scored = scoredByValue();
        if (scored.size() >= 4) {
            List<Area> top = tiedAt(scored, value(scored.get(0)));
            List<Area> bottom = tiedAt(scored, value(scored.get(scored.size() - 1)));
            if (top.size() + bottom.size() <= scored.size()) {
                paragraphs.add(d.paragraph(
                        "aggregate.areas",
                        "aggregate.areas",
                        d.words.list(top.stream().map(d::areaInSentence).toList()),
                        value(top.get(0)),
                        d.words.list(bottom.stream().map(d::areaInSentence).toList()),
                        value(bottom.get(0))));
            }
        }
        robustness().ifPresent(paragraphs::add);
        d.in.previous().ifPresent(previous -> {
            OptionalDouble before = previous.entry().value(Metric.AGGREGATE);
            if (before.isPresent() && city.isPresent()) {
                paragraphs.add(d.paragraph(
                        "progress.intro",
                        "progress.intro",
                        String.valueOf(previous.round()),
                        d.city,
                        d.words.shown(before.getAsDouble()),
                        d.words.shown(city.getAsDouble())));
            } else {
                paragraphs.add(d.paragraph("progress.intro", "progress.nofigure", String.valueOf(previous.round())));
            }
        });
        return paragraphs;
    }

    /** Every area showing {@code value}: all the areas tied at the top (or the bottom), never a cut among equals. */
    private List<Area> tiedAt(List<Area> areas, int value) {
        return areas.stream().filter(a -> value(a) == value).toList();
    }

    /** The areas with a figure, highest first (definition order among equals). */
    private List<Area> scoredByValue() {
        return d.definition.scoredAreas().stream()
                .filter(a -> d.cityValue(Metric.area(a.code())).isPresent())
                .sorted(Comparator.comparingInt((Area a) ->
                        -Rounding.whole(d.cityValue(Metric.area(a.code())).getAsDouble())))
                .toList();
    }

    /**
     * How much the aggregate rank depends on the method (never in a report set against a published benchmark, which
     * gives no ranks): the interval among cities of the same kind, or briefly why there is none.
     */
    private java.util.Optional<Paragraph> robustness() {
        if (d.publishedOnly() || d.in.robustness().isEmpty()) {
            return java.util.Optional.empty();
        }
        ReportInputs.RankRobustness r = d.in.robustness().get();
        if (r.interval().isEmpty()) {
            List<String> missing = r.missing().stream()
                    .map(code -> d.definition.area(code).map(d::areaInSentence).orElse(code.value()))
                    .toList();
            return java.util.Optional.of(
                    d.paragraph("aggregate.robustness", "aggregate.robustness.none", d.city, d.words.list(missing)));
        }
        RankInterval i = r.interval().get();
        return java.util.Optional.of(d.paragraph(
                "aggregate.robustness",
                i.synthetic() ? "aggregate.robustness.fictional" : "aggregate.robustness.real",
                i.outOf(),
                d.city,
                d.words.ordinal(i.nominal()),
                NumberFormat.getIntegerInstance(d.in.locale()).format(r.draws()),
                d.words.ordinal(i.median()),
                d.words.ordinal(i.low()),
                d.words.ordinal(i.high())));
    }

    String ranksIntro() {
        return d.text("aggregate.ranks", d.city);
    }

    List<String> rankStatements() {
        return RankStatements.of(d.benchmark, d.definition, d.words);
    }

    List<Chart> charts() {
        List<Chart> list = new ArrayList<>();
        if (!d.publishedOnly() || d.reference(Metric.AGGREGATE).isPresent()) {
            list.add(charts.groups("chart-aggregate", d.text("chart.aggregate.title", d.city), Metric.AGGREGATE));
        }
        list.add(charts.profile("chart-profile"));
        d.in.previous().ifPresent(p -> list.add(charts.progress("chart-progress", p)));
        if (!d.publishedOnly()) {
            d.in.robustness()
                    .ifPresent(r -> r.interval().ifPresent(i -> list.add(charts.robustness("chart-robustness", i, r))));
        }
        return list;
    }

    List<ConclusionRow> conclusions(AreaSections sections) {
        List<ConclusionRow> rows = new ArrayList<>();
        for (Area area : d.definition.scoredAreas()) {
            Metric metric = Metric.area(area.code());
            String key = "conclusion." + area.code().value();
            OptionalDouble city = d.cityValue(metric);
            OptionalDouble reference = d.reference(metric);
            String figures = d.text("conclusion.figure", d.shown(city), d.shown(reference));
            AreaActivity activity = d.in.activity(area.code());
            Paragraph achieves;
            Paragraph improve;
            if (city.isEmpty()) {
                String missing = d.givenNotComputed() ? "notpublished" : "noscore";
                achieves = d.paragraph(key + ".achieves", "conclusion.achieves." + missing);
                improve = d.paragraph(key + ".improve", "conclusion.improve." + missing);
            } else {
                int value = Rounding.whole(city.getAsDouble());
                String judgement = sections.comparison(metric)
                        .map(c -> d.text(
                                d.isNew(metric) ? "conclusion.achieves.score.new" : "conclusion.achieves.score",
                                d.words.comparedTo(c)))
                        .orElseGet(() -> d.text("conclusion.achieves.value", value));
                String measures = activity.achieved().isEmpty()
                        ? ""
                        : " " + d.text("conclusion.achieves.measures", d.words.list(first(activity.achieved(), 2)));
                achieves = d.paragraphOf(key + ".achieves", judgement + measures, List.of(judgement, measures));
                if (reference.isPresent() && value < Rounding.whole(reference.getAsDouble())) {
                    improve = d.paragraph(
                            key + ".improve",
                            d.isNew(metric) ? "conclusion.improve.gap.new" : "conclusion.improve.gap",
                            Rounding.whole(reference.getAsDouble()) - value);
                } else if (!activity.missing().isEmpty()) {
                    improve = d.paragraphOf(
                            key + ".improve",
                            d.text("conclusion.improve.missing", d.words.list(first(activity.missing(), 2))),
                            activity.missing());
                } else if (value == 100) {
                    improve = d.paragraph(key + ".improve", "conclusion.improve.full");
                } else if (value >= STRONG) {
                    improve = d.paragraph(key + ".improve", "conclusion.improve.room", 100 - value);
                } else {
                    improve = d.paragraph(key + ".improve", "conclusion.improve.more", 100 - value);
                }
            }
            rows.add(new ConclusionRow(d.areaName(area), figures, achieves, improve));
        }
        return rows;
    }

    List<Paragraph> recommendations() {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Area> chosen = weakest();
        boolean anyBelow = chosen.stream().anyMatch(this::below);
        paragraphs.add(d.paragraph(
                "recommendations.intro", anyBelow ? "recommendations.intro" : "recommendations.intro.lowest", d.city));
        for (Area area : chosen) {
            Metric metric = Metric.area(area.code());
            String value = d.words.shown(d.cityValue(metric).getAsDouble());
            OptionalDouble reference = d.reference(metric);
            AreaActivity activity = d.in.activity(area.code());
            List<String> body = new ArrayList<>();
            if (!activity.missing().isEmpty()) {
                body.add(d.text("recommendations.missing", d.words.list(first(activity.missing(), 3))));
            } else {
                body.add(d.text("recommendations.looks", d.words.list(quoted(heaviestQuestions(area)))));
            }
            if (!d.in.practices(area.code()).isEmpty()) {
                body.add(d.text("recommendations.practice", d.areaInSentence(area)));
            }
            String text = below(area)
                    ? d.text(
                            "recommendations.area",
                            d.areaName(area),
                            value,
                            d.words.shown(reference.getAsDouble()),
                            String.join(" ", body))
                    : d.text("recommendations.area.low", d.areaName(area), value, String.join(" ", body));
            paragraphs.add(d.paragraphOf(
                    "recommendations." + area.code().value(), text, List.of(value, d.shown(reference), body)));
        }
        paragraphs.add(d.paragraph("recommendations.closing", "recommendations.closing"));
        return paragraphs;
    }

    /**
     * The closing words: where the city ends this round and what it brings to the network (its strongest areas, every
     * tie included), then what the programme and the Council of Europe are.
     */
    List<Paragraph> closing() {
        List<Paragraph> paragraphs = new ArrayList<>();
        OptionalDouble city = d.cityValue(Metric.AGGREGATE);
        List<Area> scored = scoredByValue();
        if (city.isPresent() && !scored.isEmpty()) {
            List<Area> top = tiedAt(scored, value(scored.get(0)));
            paragraphs.add(d.paragraph(
                    "closing.city",
                    "closing.city",
                    d.city,
                    d.words.shown(city.getAsDouble()),
                    d.words.list(top.stream().map(d::areaInSentence).toList()),
                    value(top.get(0))));
        } else {
            paragraphs.add(d.paragraph("closing.city", "closing.city.noscore", d.city));
        }
        paragraphs.add(d.paragraph("closing.programme", "closing.programme"));
        paragraphs.add(d.paragraph("closing.council", "closing.council"));
        return paragraphs;
    }

    /** Whether the city's shown figure in an area is below the shown figure it is compared with. */
    private boolean below(Area area) {
        OptionalDouble reference = d.reference(Metric.area(area.code()));
        return reference.isPresent() && value(area) < Rounding.whole(reference.getAsDouble());
    }

    /**
     * The areas below their reference (furthest first), then, if fewer than {@value #WEAKEST}, the lowest scores
     * among the rest; never one at full score.
     */
    private List<Area> weakest() {
        List<Area> candidates = d.definition.scoredAreas().stream()
                .filter(a -> d.cityValue(Metric.area(a.code())).isPresent())
                .filter(a -> value(a) < 100)
                .toList();
        List<Area> chosen = new ArrayList<>(candidates.stream()
                .filter(this::below)
                .sorted(Comparator.comparingInt((Area a) -> gap(a)).thenComparingInt(a -> value(a)))
                .limit(WEAKEST)
                .toList());
        candidates.stream()
                .filter(a -> !chosen.contains(a))
                .filter(a -> value(a) < STRONG)
                .sorted(Comparator.comparingInt(this::value))
                .limit(Math.max(0, WEAKEST - chosen.size()))
                .forEach(chosen::add);
        return chosen;
    }

    private int value(Area area) {
        return Rounding.whole(d.cityValue(Metric.area(area.code())).getAsDouble());
    }

    private int gap(Area area) {
        OptionalDouble reference = d.reference(Metric.area(area.code()));
        return reference.isPresent() ? value(area) - Rounding.whole(reference.getAsDouble()) : value(area) - 50;
    }

    private List<String> heaviestQuestions(Area area) {
        return d.definition.questionsOf(area.code()).stream()
                .filter(q -> q.kind() != DataKind.FACT)
                .sorted(Comparator.comparingInt(Question::maxPoints).reversed())
                .limit(QUOTED_QUESTIONS)
                .map(q -> q.text().in(d.language()))
                .toList();
    }

    private List<String> quoted(List<String> items) {
        return items.stream().map(i -> d.text("recommendations.quote", i)).toList();
    }

    private static List<String> first(List<String> items, int n) {
        return items.subList(0, Math.min(n, items.size()));
    }
}
