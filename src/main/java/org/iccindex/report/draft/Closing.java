package org.iccindex.report.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.definition.Area;
import org.iccindex.definition.DataKind;
import org.iccindex.definition.Question;
import org.iccindex.report.Chart;
import org.iccindex.report.CityAnswers.AreaActivity;
import org.iccindex.report.ConclusionRow;
import org.iccindex.report.GoodPractices.Practice;
import org.iccindex.report.Paragraph;
import org.iccindex.scoring.Rounding;

/** The aggregate index with the rank statements, progress, the conclusions table and the recommendations. */
final class Closing {
    private static final int WEAKEST = 4;
    private static final int QUOTED_QUESTIONS = 2;

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
            List<String> strongest =
                    scored.subList(0, 2).stream().map(this::named).toList();
            List<String> weakest = scored.subList(scored.size() - 2, scored.size()).stream()
                    .map(this::named)
                    .toList();
            paragraphs.add(
                    d.paragraph("aggregate.areas", "aggregate.areas", d.words.list(strongest), d.words.list(weakest)));
        }
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

    private String named(Area area) {
        return d.areaInSentence(area) + " ("
                + d.words.shown(d.cityValue(Metric.area(area.code())).getAsDouble()) + ")";
    }

    /** The areas with a figure, highest first (definition order among equals). */
    private List<Area> scoredByValue() {
        return d.definition.scoredAreas().stream()
                .filter(a -> d.cityValue(Metric.area(a.code())).isPresent())
                .sorted(Comparator.comparingInt((Area a) ->
                        -Rounding.whole(d.cityValue(Metric.area(a.code())).getAsDouble())))
                .toList();
    }

    String ranksIntro() {
        return d.text("aggregate.ranks", d.city);
    }

    List<String> rankStatements() {
        List<String> statements = new ArrayList<>();
        for (GroupComparison group : d.live.groups()) {
            Drafting.rank(group, Metric.AGGREGATE)
                    .ifPresent(rank -> statements.add(d.words.rankStatement(rank, group.group(), d.definition)));
        }
        return statements;
    }

    List<Chart> charts() {
        List<Chart> list = new ArrayList<>();
        list.add(charts.groups("chart-aggregate", d.text("chart.aggregate.title", d.city), Metric.AGGREGATE));
        list.add(charts.profile("chart-profile"));
        d.in.previous().ifPresent(p -> list.add(charts.progress("chart-progress", p)));
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
                achieves = d.paragraph(key + ".achieves", "conclusion.achieves.noscore");
                improve = d.paragraph(key + ".improve", "conclusion.improve.noscore");
            } else {
                int value = Rounding.whole(city.getAsDouble());
                if (!activity.achieved().isEmpty()) {
                    achieves = d.paragraphOf(
                            key + ".achieves", String.join("; ", first(activity.achieved(), 3)), activity.achieved());
                } else {
                    String compared =
                            sections.comparison(metric).map(d.words::comparedTo).orElse("");
                    String rank = Drafting.rank(
                                    d.isNew(metric)
                                            ? d.answered(metric).orElse(d.live.wholeSample())
                                            : d.live.wholeSample(),
                                    metric)
                            .map(r -> r.position() + " / " + r.outOf())
                            .orElse("\u2013");
                    achieves = compared.isEmpty()
                            ? d.paragraphOf(key + ".achieves", String.valueOf(value), List.of(value))
                            : d.paragraph(
                                    key + ".achieves",
                                    d.isNew(metric) ? "conclusion.achieves.score.new" : "conclusion.achieves.score",
                                    compared,
                                    rank);
                }
                if (!activity.missing().isEmpty()) {
                    improve = d.paragraphOf(
                            key + ".improve", String.join("; ", first(activity.missing(), 2)), activity.missing());
                } else if (reference.isPresent() && value < Rounding.whole(reference.getAsDouble())) {
                    improve = d.paragraph(
                            key + ".improve",
                            d.isNew(metric) ? "conclusion.improve.gap.new" : "conclusion.improve.gap",
                            Rounding.whole(reference.getAsDouble()) - value);
                } else if (value < 100) {
                    improve = d.paragraph(key + ".improve", "conclusion.improve.room", 100 - value);
                } else {
                    improve = d.paragraph(key + ".improve", "conclusion.improve.full");
                }
            }
            rows.add(new ConclusionRow(d.areaName(area), figures, achieves, improve));
        }
        return rows;
    }

    List<Paragraph> recommendations() {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(d.paragraph("recommendations.intro", "recommendations.intro", d.city));
        for (Area area : weakest()) {
            Metric metric = Metric.area(area.code());
            String value = d.words.shown(d.cityValue(metric).getAsDouble());
            OptionalDouble reference = d.reference(metric);
            AreaActivity activity = d.in.activity(area.code());
            List<String> body = new ArrayList<>();
            if (!activity.missing().isEmpty()) {
                body.add(d.text("recommendations.missing", d.words.list(quoted(first(activity.missing(), 3)))));
            } else {
                body.add(d.text("recommendations.looks", d.words.list(quoted(heaviestQuestions(area)))));
            }
            List<Practice> practices = d.in.practices(area.code());
            if (!practices.isEmpty()) {
                body.add(d.text(
                        "recommendations.practice",
                        d.words.list(practices.stream()
                                .map(p -> p.title() + " (" + p.city() + ")")
                                .toList())));
            }
            String text = reference.isPresent()
                    ? d.text(
                            "recommendations.area",
                            d.areaName(area),
                            value,
                            d.words.shown(reference.getAsDouble()),
                            String.join(" ", body))
                    : d.text("recommendations.area.nosample", d.areaName(area), value, String.join(" ", body));
            paragraphs.add(d.paragraphOf(
                    "recommendations." + area.code().value(), text, List.of(value, d.shown(reference), body)));
        }
        paragraphs.add(d.paragraph("recommendations.closing", "recommendations.closing"));
        return paragraphs;
    }

    /** The areas furthest below their reference (then the lowest), at most {@value #WEAKEST}, none at full score. */
    private List<Area> weakest() {
        return d.definition.scoredAreas().stream()
                .filter(a -> d.cityValue(Metric.area(a.code())).isPresent())
                .filter(a -> Rounding.whole(d.cityValue(Metric.area(a.code())).getAsDouble()) < 100)
                .sorted(Comparator.comparingInt((Area a) -> gap(a)).thenComparingInt(a -> value(a)))
                .limit(WEAKEST)
                .toList();
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
