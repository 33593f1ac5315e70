package org.iccindex.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A definition as plain maps and lists, for JSON or YAML export: everything needed to recompute a score without
 * reading this project's code (each question's area, type, kind, mandatory flag, not-applicable rule, options or
 * thresholds with their points and its maximum; each area's weight and whether it belongs to the lens).
 */
public final class DefinitionExport {
    private DefinitionExport() {}

    public static Map<String, Object> toMap(Definition definition) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("edition", definition.edition().value());
        map.put("title", definition.title().texts());
        if (!definition.provenance().isEmpty()) {
            map.put("provenance", definition.provenance().texts());
        }
        map.put("inForceFrom", definition.inForceFrom().toString());
        map.put("languages", definition.languages());
        map.put("method", method());
        Map<String, Object> bands = new LinkedHashMap<>();
        for (BandAxis axis : BandAxis.values()) {
            BandScheme scheme = definition.bands(axis);
            Map<String, Object> band = new LinkedHashMap<>();
            band.put(
                    "edges",
                    scheme.edges().stream().map(DefinitionExport::number).toList());
            band.put("facts", scheme.facts().stream().map(ProfileFact::key).toList());
            band.put("rule", "lower edge inclusive, upper edge exclusive");
            bands.put(axis.name().toLowerCase(Locale.ROOT), band);
        }
        map.put("bands", bands);
        List<Object> indicators = new ArrayList<>();
        for (Indicator indicator : definition.indicators()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("code", indicator.code());
            i.put("name", indicator.name().texts());
            i.put("composite", indicator.composite());
            i.put("areas", indicator.areas().stream().map(AreaCode::value).toList());
            indicators.add(i);
        }
        map.put("indicators", indicators);
        map.put(
                "areas",
                definition.areas().stream().map(a -> area(definition, a)).toList());
        map.put(
                "questions",
                definition.questions().stream().map(DefinitionExport::question).toList());
        return map;
    }

    private static Map<String, Object> method() {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("id", "points-ratio/1");
        method.put(
                "questionMax",
                "yes_no, single_choice: highest option points; multiple_choice: sum of option points;"
                        + " number, percentage: highest threshold points; text: 0");
        method.put(
                "questionEarned",
                "chosen option(s) points; numbers: points of the highest threshold reached;" + " unanswered: 0");
        method.put("notApplicable", "exclude: the question leaves the area's maximum; not_achieved: 0 of its maximum");
        method.put(
                "areaScore",
                "100 * earned / maximum over the area's questions; no answered question: not answered,"
                        + " left out of every mean");
        method.put("lens", "plain mean of the answered areas of the composite indicator");
        method.put("aggregate", "weighted mean of the answered scored areas, weights from areas[].weight");
        method.put("display", "exact values kept; whole numbers shown, rounded half up");
        return method;
    }

    private static Map<String, Object> area(Definition definition, Area area) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", area.code().value());
        map.put("name", area.name().texts());
        map.put("scored", area.scored());
        if (area.scored()) {
            map.put("weight", number(area.weight()));
            map.put(
                    "inLens",
                    definition
                            .composite()
                            .map(c -> c.areas().contains(area.code()))
                            .orElse(false));
            map.put(
                    "indicator",
                    definition.indicatorOf(area.code()).map(Indicator::code).orElse(null));
            map.put("newInEdition", definition.isNewArea(area.code()));
            map.put(
                    "maxPoints",
                    definition.questionsOf(area.code()).stream()
                            .mapToInt(Question::maxPoints)
                            .sum());
        }
        if (area.introduced() != null) {
            map.put("introduced", area.introduced().toString());
        }
        if (!area.continues().isEmpty()) {
            map.put("continues", area.continues().stream().map(AreaCode::value).toList());
        }
        if (!area.description().isEmpty()) {
            map.put("description", area.description().texts());
        }
        return map;
    }

    private static Map<String, Object> question(Question question) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", question.code().value());
        map.put("area", question.area().value());
        map.put("kind", question.kind().name().toLowerCase(Locale.ROOT));
        map.put("type", question.type().name().toLowerCase(Locale.ROOT));
        map.put("mandatory", question.mandatory());
        map.put("notApplicable", question.notApplicable().name().toLowerCase(Locale.ROOT));
        map.put("maxPoints", question.maxPoints());
        map.put("text", question.text().texts());
        if (!question.help().isEmpty()) {
            map.put("help", question.help().texts());
        }
        if (!question.evidence().isEmpty()) {
            map.put("evidence", question.evidence().texts());
        }
        if (!question.options().isEmpty()) {
            map.put(
                    "options",
                    question.options().stream()
                            .map(o -> {
                                Map<String, Object> option = new LinkedHashMap<>();
                                option.put("code", o.code());
                                option.put("points", o.points());
                                if (!o.label().isEmpty()) {
                                    option.put("label", o.label().texts());
                                }
                                return option;
                            })
                            .toList());
        }
        if (!question.thresholds().isEmpty()) {
            map.put(
                    "thresholds",
                    question.thresholds().stream()
                            .map(t -> {
                                Map<String, Object> threshold = new LinkedHashMap<>();
                                threshold.put("atLeast", number(t.atLeast()));
                                threshold.put("points", t.points());
                                return threshold;
                            })
                            .toList());
        }
        question.fact().ifPresent(f -> map.put("fact", f.key()));
        if (!question.measure().isEmpty()) {
            map.put("measure", question.measure().texts());
        }
        if (!question.theme().isEmpty()) {
            map.put("theme", question.theme().texts());
        }
        if (!question.unit().isEmpty()) {
            map.put("unit", question.unit().texts());
        }
        return map;
    }

    private static Number number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? (Number) stripped.longValueExact() : (Number) stripped.doubleValue();
    }
}
