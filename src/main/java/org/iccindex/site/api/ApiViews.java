package org.iccindex.site.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.benchmark.Stats;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.LocalizedText;
import org.iccindex.definition.Question;
import org.iccindex.result.AnswersBasis;
import org.iccindex.result.ComputedFigures;
import org.iccindex.result.ResultFigures;
import org.iccindex.result.ResultOrigin;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.Rounding;
import org.iccindex.site.api.v1.AreaInfo;
import org.iccindex.site.api.v1.ComputedSet;
import org.iccindex.site.api.v1.EditionSummary;
import org.iccindex.site.api.v1.Figure;
import org.iccindex.site.api.v1.I18nText;
import org.iccindex.site.api.v1.MetricValue;
import org.iccindex.site.api.v1.PublishedBenchmark;
import org.iccindex.site.api.v1.ResultRecord;
import org.iccindex.site.api.v1.StatisticsValues;
import org.jspecify.annotations.Nullable;

/** Internal values to the API's version-1 records. */
final class ApiViews {
    static final String BASE = "/api/v1";

    private ApiViews() {}

    static I18nText text(LocalizedText text) {
        return new I18nText(text.in("en"), text.in("fr"));
    }

    static Figure figure(double value) {
        return new Figure(value, Rounding.whole(value));
    }

    static Figure figure(OptionalDouble value) {
        return value.isPresent() ? figure(value.getAsDouble()) : null;
    }

    static StatisticsValues statistics(Metric metric, Stats s) {
        return new StatisticsValues(metric.code(), s.n(), s.mean(), s.median(), s.q1(), s.q3(), s.min(), s.max());
    }

    static EditionSummary edition(Definition definition, boolean current) {
        return new EditionSummary(
                definition.edition().value(),
                text(definition.title()),
                definition.inForceFrom(),
                current,
                definition.indicators().size(),
                definition.scoredAreas().size(),
                definition.scoredQuestions().size(),
                BASE + "/editions/" + definition.edition().value());
    }

    static List<AreaInfo> areas(Definition definition) {
        List<AreaInfo> areas = new ArrayList<>();
        for (Area area : definition.scoredAreas()) {
            List<Question> scored = definition.questionsOf(area.code()).stream()
                    .filter(Question::isScored)
                    .toList();
            areas.add(new AreaInfo(
                    area.code().value(),
                    text(area.name()),
                    area.weight(),
                    area.introduced(),
                    definition.isNewArea(area.code()),
                    definition
                            .composite()
                            .map(c -> c.areas().contains(area.code()))
                            .orElse(false),
                    scored.size(),
                    (int) scored.stream().filter(Question::mandatory).count(),
                    scored.stream().mapToInt(Question::maxPoints).sum(),
                    area.continues().stream().map(c -> c.value()).toList(),
                    "/areas/" + area.code().value() + "?edition="
                            + definition.edition().value()));
        }
        return areas;
    }

    /** A stored result under its own edition. */
    static ResultRecord result(StoredResult result, Definition own) {
        ResultFigures figures = ResultFigures.of(result, own);
        List<MetricValue> areas = new ArrayList<>();
        for (Area area : own.scoredAreas()) {
            Double score = result.areaScores().get(area.code());
            if (score != null) {
                areas.add(new MetricValue(area.code().value(), score, Rounding.whole(score)));
            }
        }
        String slug = result.city().slug().value();
        return new ResultRecord(
                slug,
                result.city().name(),
                result.city().country(),
                result.city().synthetic(),
                result.edition().value(),
                result.round(),
                result.publishedOn(),
                result.publishedLabel(),
                result.origin().code(),
                result.method().id(),
                result.population().orElse(null),
                result.foreignBornPct().orElse(null),
                result.nonNationalPct().orElse(null),
                figure(figures.aggregate()),
                figure(figures.lens()),
                areas,
                result.source().orElse(null),
                notPublished(result, own),
                computed(result, own),
                BASE + "/cities/" + slug + "/rounds/" + result.round());
    }

    /** The areas a published result gives no figure for; null for other origins. */
    private static @Nullable List<String> notPublished(StoredResult result, Definition own) {
        if (result.origin() != ResultOrigin.PUBLISHED) {
            return null;
        }
        List<String> missing = own.scoredAreas().stream()
                .map(Area::code)
                .filter(code -> !result.areaScores().containsKey(code))
                .map(AreaCode::value)
                .toList();
        return missing.isEmpty() ? null : missing;
    }

    /** The computed set beside a published result; null when there is none or the result is itself computed. */
    private static @Nullable ComputedSet computed(StoredResult result, Definition own) {
        if (result.origin() == ResultOrigin.COMPUTED || result.computed().isEmpty()) {
            return null;
        }
        ComputedFigures c = result.computed().get();
        List<MetricValue> areas = new ArrayList<>();
        for (Area area : own.scoredAreas()) {
            Double score = c.areaScores().get(area.code());
            if (score != null) {
                areas.add(new MetricValue(area.code().value(), score, Rounding.whole(score)));
            }
        }
        return new ComputedSet(
                c.basis() == AnswersBasis.RECONSTRUCTED
                        ? "computed from the answers reconstructed from the published report"
                        : "computed from the round's answers",
                c.basis().name(),
                c.method().id(),
                c.definitionChecksum(),
                areas,
                value(Metric.LENS, c.lens()).orElse(null),
                value(Metric.AGGREGATE, c.aggregate()).orElse(null));
    }

    /** A real city's round against the averages its own report published: published figures only, no rank. */
    static PublishedBenchmark publishedBenchmark(CityBenchmark benchmark) {
        PublishedSnapshot snapshot = benchmark.published().orElseThrow();
        List<PublishedBenchmark.Metric> rows = new ArrayList<>();
        List<String> published = new ArrayList<>();
        List<String> notPublished = new ArrayList<>();
        for (CityBenchmark.Row row : benchmark.rows()) {
            OptionalDouble average = row.reference();
            (row.gap().isEmpty() ? published : notPublished).add(row.metric().code());
            rows.add(new PublishedBenchmark.Metric(
                    row.metric().code(),
                    figure(row.value()),
                    average.isPresent() ? average.getAsDouble() : null,
                    row.difference().isPresent() ? row.difference().getAsInt() : null));
        }
        return new PublishedBenchmark(
                snapshot.id(),
                snapshot.date(),
                snapshot.sampleSize(),
                snapshot.source(),
                rows,
                published,
                notPublished);
    }

    static Optional<MetricValue> value(Metric metric, OptionalDouble value) {
        return value.isPresent()
                ? Optional.of(new MetricValue(metric.code(), value.getAsDouble(), Rounding.whole(value.getAsDouble())))
                : Optional.empty();
    }
}
