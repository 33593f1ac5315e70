package org.iccindex.site.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.site.api.v1.BandInfo;
import org.iccindex.site.api.v1.EditionDefinition;
import org.iccindex.site.api.v1.I18nText;
import org.iccindex.site.api.v1.IndicatorInfo;
import org.iccindex.site.api.v1.MetricInfo;
import org.iccindex.wording.RankStatements;
import org.iccindex.wording.Wording;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the API says in words, in both its languages at once: names of metrics, groups and bands, and rank
 * statements, in the engine's wording from the application's message source.
 */
@Component
class ApiTexts {
    private final Wording en;
    private final Wording fr;

    ApiTexts(MessageSource messages) {
        this.en = Wording.of(messages::getMessage, Locale.ENGLISH);
        this.fr = Wording.of(messages::getMessage, Locale.FRENCH);
    }

    MetricInfo metric(Metric metric, Definition definition) {
        return new MetricInfo(
                metric.code(), new I18nText(en.metric(metric, definition), fr.metric(metric, definition)));
    }

    List<MetricInfo> metrics(SampleAnalysis analysis) {
        return analysis.metrics().stream()
                .map(m -> metric(m, analysis.definition()))
                .toList();
    }

    I18nText group(ComparisonGroup group, Definition definition) {
        return new I18nText(en.group(group, definition), fr.group(group, definition));
    }

    /** The rank statements of a city's round, each in both languages. */
    List<I18nText> rankStatements(CityBenchmark benchmark, Definition definition) {
        List<String> english = RankStatements.of(benchmark, definition, en);
        List<String> french = RankStatements.of(benchmark, definition, fr);
        List<I18nText> statements = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            statements.add(new I18nText(english.get(i), french.get(i)));
        }
        return statements;
    }

    /** An edition's whole definition: its indicators, areas and bands. */
    EditionDefinition definition(Definition definition, boolean current) {
        return new EditionDefinition(
                definition.edition().value(),
                ApiViews.text(definition.title()),
                definition.inForceFrom(),
                current,
                definition.languages(),
                definition.totalWeight(),
                definition.indicators().stream()
                        .map(i -> new IndicatorInfo(
                                i.code(),
                                ApiViews.text(i.name()),
                                i.composite(),
                                i.areas().stream().map(a -> a.value()).toList()))
                        .toList(),
                ApiViews.areas(definition),
                bands(definition, BandAxis.POPULATION),
                bands(definition, BandAxis.FOREIGN_BORN));
    }

    private List<BandInfo> bands(Definition definition, BandAxis axis) {
        return definition.bands(axis).bands().stream().map(this::band).toList();
    }

    private BandInfo band(Band band) {
        return new BandInfo(
                band.code(),
                band.axis() == BandAxis.POPULATION ? "population" : "foreign-born",
                band.lower().orElse(null),
                band.upper().orElse(null),
                new I18nText(en.band(band), fr.band(band)));
    }
}
