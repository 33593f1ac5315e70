package org.iccindex.definition.yaml;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.DataKind;
import org.iccindex.definition.Indicator;
import org.iccindex.definition.Option;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.shared.YamlNode;

/** The rules that span several parts of a definition: references, uniqueness, and the counts the author declared. */
final class DefinitionChecks {
    private final List<Indicator> indicators;
    private final Map<String, YamlNode> indicatorNodes;
    private final Map<AreaCode, Area> areas = new HashMap<>();
    private final Map<AreaCode, YamlNode> areaNodes;
    private final List<QuestionReader.Read> questions;

    DefinitionChecks(
            List<Indicator> indicators,
            Map<String, YamlNode> indicatorNodes,
            List<Area> areas,
            Map<AreaCode, YamlNode> areaNodes,
            List<QuestionReader.Read> questions) {
        this.indicators = indicators;
        this.indicatorNodes = indicatorNodes;
        areas.forEach(a -> this.areas.put(a.code(), a));
        this.areaNodes = areaNodes;
        this.questions = questions;
    }

    void check(YamlNode expect) {
        checkIndicators();
        checkQuestions();
        checkAreasHavePoints();
        checkExpectations(expect);
    }

    private void checkIndicators() {
        Map<AreaCode, String> owner = new HashMap<>();
        for (Indicator indicator : indicators) {
            YamlNode node = indicatorNodes.get(indicator.code()).get("areas");
            for (AreaCode code : indicator.areas()) {
                Area area = areas.get(code);
                if (area == null) {
                    node.error("unknown area '" + code + "'");
                } else if (!area.scored()) {
                    node.error("area '" + code + "' is not scored and cannot belong to an indicator");
                } else if (owner.containsKey(code)) {
                    node.error("area '" + code + "' already belongs to indicator '" + owner.get(code) + "'");
                } else {
                    owner.put(code, indicator.code());
                }
            }
            if (!indicator.composite() && indicator.areas().size() != 1) {
                node.error("an indicator that is not composite has exactly one area");
            }
            if (indicator.composite() && indicator.areas().size() < 2) {
                node.error("a composite indicator has at least two areas");
            }
        }
        if (indicators.stream().filter(Indicator::composite).count() > 1) {
            indicatorNodes.values().iterator().next().error("at most one indicator is composite");
        }
        areas.values().stream()
                .filter(Area::scored)
                .filter(a -> !owner.containsKey(a.code()))
                .forEach(a -> areaNodes.get(a.code()).error("scored area '" + a.code() + "' belongs to no indicator"));
    }

    private void checkQuestions() {
        Set<QuestionCode> seen = new java.util.HashSet<>();
        for (QuestionReader.Read read : questions) {
            Question question = read.question();
            if (!seen.add(question.code())) {
                read.node().get("code").error("duplicate question code '" + question.code() + "'");
            }
            Area area = areas.get(question.area());
            if (area == null) {
                read.node().get("area").error("unknown area '" + question.area() + "'");
            } else if (question.kind() == DataKind.FACT && area.scored()) {
                read.node()
                        .get("area")
                        .error("a fact question belongs in an unscored area (e.g. profile), not in '" + area.code()
                                + "'");
            } else if (question.kind().isScored() && !area.scored()) {
                read.node()
                        .get("area")
                        .error("an " + question.kind().name().toLowerCase(java.util.Locale.ROOT)
                                + " question belongs in a scored area, not in '" + area.code() + "'");
            }
        }
    }

    private void checkAreasHavePoints() {
        for (Area area : areas.values()) {
            if (!area.scored()) {
                continue;
            }
            List<Question> own = questions.stream()
                    .map(QuestionReader.Read::question)
                    .filter(q -> q.area().equals(area.code()))
                    .toList();
            if (own.stream().noneMatch(q -> q.maxPoints() > 0)) {
                areaNodes
                        .get(area.code())
                        .error("scored area '" + area.code() + "' has no question that can earn points");
            }
            // scores add points as int: an area whose maximum does not fit would fail when scored
            long max = own.stream().mapToLong(DefinitionChecks::maxPointsExact).sum();
            if (max > Integer.MAX_VALUE) {
                areaNodes
                        .get(area.code())
                        .error("the questions of area '" + area.code() + "' can earn " + max
                                + " points in all, more than the " + Integer.MAX_VALUE + " a score can count");
            }
        }
    }

    /** {@link Question#maxPoints()} without int overflow (a multiple-choice maximum is a sum). */
    private static long maxPointsExact(Question question) {
        if (question.kind().isScored() && question.type() == AnswerType.MULTIPLE_CHOICE) {
            return question.options().stream().mapToLong(Option::points).sum();
        }
        return question.maxPoints();
    }

    private void checkExpectations(YamlNode expect) {
        expect.allowOnly(Set.of("questions", "mandatory", "indicators", "scored_areas", "total_weight"));
        List<Question> scored = questions.stream()
                .map(QuestionReader.Read::question)
                .filter(q -> q.kind().isScored())
                .toList();
        compare(expect, "questions", scored.size(), "scored (input and impact) questions");
        compare(
                expect,
                "mandatory",
                (int) scored.stream().filter(Question::mandatory).count(),
                "mandatory scored questions");
        compare(expect, "indicators", indicators.size(), "indicators");
        compare(
                expect,
                "scored_areas",
                (int) areas.values().stream().filter(Area::scored).count(),
                "scored areas");
        BigDecimal total =
                areas.values().stream().filter(Area::scored).map(Area::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        expect.require("total_weight").decimal().ifPresent(declared -> {
            if (declared.signum() <= 0) {
                expect.get("total_weight").error("the total weight must be greater than 0");
            } else if (declared.compareTo(total) != 0) {
                expect.get("total_weight")
                        .error("declares " + declared.toPlainString() + " but the weights of the scored areas sum to "
                                + total.toPlainString());
            }
        });
    }

    private static void compare(YamlNode expect, String key, int actual, String what) {
        expect.require(key).integer().ifPresent(declared -> {
            if (declared != actual) {
                expect.get(key).error("declares " + declared + " " + what + " but the definition has " + actual);
            }
        });
    }
}
