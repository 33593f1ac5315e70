package org.iccindex.definition.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.iccindex.definition.AnswerBounds;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.DataKind;
import org.iccindex.definition.LocalizedText;
import org.iccindex.definition.NotApplicableRule;
import org.iccindex.definition.NumberRange;
import org.iccindex.definition.Option;
import org.iccindex.definition.ProfileFact;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.definition.Threshold;
import org.iccindex.shared.YamlNode;

/** Reads one question and checks what can be checked on the question alone. */
final class QuestionReader {
    private static final Set<String> KEYS = Set.of(
            "code",
            "area",
            "kind",
            "type",
            "mandatory",
            "text",
            "help",
            "evidence",
            "not_applicable",
            "options",
            "thresholds",
            "fact",
            "unit",
            "measure",
            "theme",
            "min",
            "max");

    /** A question read, with its node for messages about it. */
    record Read(Question question, YamlNode node) {}

    private final TextReader texts;

    QuestionReader(TextReader texts) {
        this.texts = texts;
    }

    Optional<Read> read(YamlNode item) {
        Optional<String> code = item.require("code").nonBlankText();
        code.filter(c -> !QuestionCode.isValid(c))
                .ifPresent(c -> item.get("code").error("must be lower-case letters, digits, '_', '.' or '-'"));
        YamlNode node = code.map(c -> item.relabel("questions[" + c + "]")).orElse(item);
        node.allowOnly(KEYS);
        Optional<String> area = node.require("area").nonBlankText();
        area.filter(a -> !AreaCode.isValid(a))
                .ifPresent(a -> node.get("area").error("'" + a + "' is not an area code"));
        Optional<DataKind> kind =
                node.require("kind").text().flatMap(k -> parseEnum(DataKind.class, k, node.get("kind")));
        Optional<AnswerType> type =
                node.require("type").text().flatMap(t -> parseEnum(AnswerType.class, t, node.get("type")));
        Optional<Boolean> mandatory = node.require("mandatory").bool();
        LocalizedText text = texts.required(node, "text");
        LocalizedText help = texts.optional(node, "help");
        LocalizedText evidence = texts.optional(node, "evidence");
        LocalizedText unit = texts.optional(node, "unit");
        LocalizedText measure = texts.optional(node, "measure");
        LocalizedText theme = texts.optional(node, "theme");
        NotApplicableRule notApplicable = node.get("not_applicable")
                .text()
                .flatMap(n -> parseEnum(NotApplicableRule.class, n, node.get("not_applicable")))
                .orElse(NotApplicableRule.NOT_ALLOWED);
        if (notApplicable == NotApplicableRule.NOT_ALLOWED
                && node.get("not_applicable").isPresent()) {
            node.get("not_applicable")
                    .error("use exclude or not_achieved, or leave the key out when not applicable is not allowed");
        }
        Optional<ProfileFact> fact = node.get("fact").text().flatMap(f -> {
            Optional<ProfileFact> found = ProfileFact.byKey(f);
            if (found.isEmpty()) {
                node.get("fact").error("unknown profile fact '" + f + "'");
            }
            return found;
        });
        List<Option> options = readOptions(node);
        List<Threshold> thresholds = readThresholds(node);
        NumberRange range = readRange(node, type);
        if (code.isEmpty()
                || area.isEmpty()
                || kind.isEmpty()
                || type.isEmpty()
                || mandatory.isEmpty()
                || !QuestionCode.isValid(code.get())
                || !AreaCode.isValid(area.get())) {
            return Optional.empty();
        }
        checkShape(node, kind.get(), type.get(), options, thresholds, fact);
        Question question = new Question(
                new QuestionCode(code.get()),
                new AreaCode(area.get()),
                kind.get(),
                type.get(),
                mandatory.get(),
                text,
                help,
                evidence,
                notApplicable,
                options,
                thresholds,
                fact,
                unit,
                measure,
                theme,
                range);
        return Optional.of(new Read(question, node));
    }

    /** {@code min} and {@code max} of a number or percentage question; {@link NumberRange#ANY} when absent or wrong. */
    private static NumberRange readRange(YamlNode node, Optional<AnswerType> type) {
        YamlNode minNode = node.get("min");
        YamlNode maxNode = node.get("max");
        if (!minNode.isPresent() && !maxNode.isPresent()) {
            return NumberRange.ANY;
        }
        if (type.isPresent() && !type.get().isNumeric()) {
            (minNode.isPresent() ? minNode : maxNode).error("only number and percentage questions have min and max");
            return NumberRange.ANY;
        }
        Optional<BigDecimal> min = bound(minNode, type);
        Optional<BigDecimal> max = bound(maxNode, type);
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            maxNode.error("max " + max.get().toPlainString() + " is below min "
                    + min.get().toPlainString());
            return NumberRange.ANY;
        }
        return new NumberRange(min, max);
    }

    private static Optional<BigDecimal> bound(YamlNode node, Optional<AnswerType> type) {
        Optional<BigDecimal> value = node.decimal();
        if (value.isPresent() && AnswerBounds.problem(value.get()).isPresent()) {
            node.error(AnswerBounds.problem(value.get()).get());
            return Optional.empty();
        }
        if (value.isPresent()
                && type.filter(t -> t == AnswerType.PERCENTAGE).isPresent()
                && (value.get().signum() < 0 || value.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
            node.error("a percentage bound lies between 0 and 100");
            return Optional.empty();
        }
        return value;
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value, YamlNode node) {
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .filter(c -> !c.equals("not_allowed"))
                    .toList();
            node.error("'" + value + "' is not one of " + allowed);
            return Optional.empty();
        }
    }

    private List<Option> readOptions(YamlNode question) {
        List<Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : question.get("options").items()) {
            Optional<String> code = item.require("code").nonBlankText();
            YamlNode node = code.map(c -> item.relabel(question.path() + ".options[" + c + "]"))
                    .orElse(item);
            node.allowOnly(Set.of("code", "label", "points"));
            LocalizedText label = texts.optional(node, "label");
            YamlNode pointsNode = node.get("points");
            if (!pointsNode.isPresent()) {
                node.error("option without points (every option needs whole-number points, 0 or more)");
            }
            Optional<Integer> points = pointsNode.integer();
            points.filter(p -> p < 0).ifPresent(p -> pointsNode.error("points must be 0 or more"));
            if (code.isPresent()) {
                if (!seen.add(code.get())) {
                    node.error("duplicate option code '" + code.get() + "'");
                } else if (points.isPresent() && points.get() >= 0) {
                    options.add(new Option(code.get(), label, points.get()));
                }
            }
        }
        return options;
    }

    private List<Threshold> readThresholds(YamlNode question) {
        List<Threshold> thresholds = new ArrayList<>();
        for (YamlNode item : question.get("thresholds").items()) {
            item.allowOnly(Set.of("at_least", "points"));
            Optional<BigDecimal> atLeast = item.require("at_least").decimal();
            YamlNode pointsNode = item.get("points");
            if (!pointsNode.isPresent()) {
                item.error("threshold without points (every threshold needs whole-number points, 0 or more)");
            }
            Optional<Integer> points = pointsNode.integer();
            points.filter(p -> p < 0).ifPresent(p -> pointsNode.error("points must be 0 or more"));
            if (atLeast.isPresent() && points.isPresent() && points.get() >= 0) {
                if (!thresholds.isEmpty()
                        && atLeast.get()
                                        .compareTo(thresholds
                                                .get(thresholds.size() - 1)
                                                .atLeast())
                                <= 0) {
                    item.get("at_least").error("thresholds must ascend");
                } else {
                    thresholds.add(new Threshold(atLeast.get(), points.get()));
                }
            }
        }
        return thresholds;
    }

    private static void checkShape(
            YamlNode node,
            DataKind kind,
            AnswerType type,
            List<Option> options,
            List<Threshold> thresholds,
            Optional<ProfileFact> fact) {
        if (type.hasOptions() && !node.get("options").isPresent()) {
            node.error(type.name().toLowerCase(Locale.ROOT) + " question without options");
        }
        if (!type.hasOptions() && node.get("options").isPresent()) {
            node.get("options").error("only yes_no, single_choice and multiple_choice questions have options");
        }
        if (!type.isNumeric() && node.get("thresholds").isPresent()) {
            node.get("thresholds").error("only number and percentage questions have thresholds");
        }
        if (type == AnswerType.YES_NO && node.get("options").isPresent()) {
            Set<String> codes = new HashSet<>();
            options.forEach(o -> codes.add(o.code()));
            if (!codes.equals(Set.of("yes", "no"))
                    && options.size() == node.get("options").items().size()) {
                node.get("options").error("a yes_no question has exactly the options yes and no");
            }
        }
        if (type == AnswerType.SINGLE_CHOICE && options.size() == 1) {
            node.get("options").error("a single_choice question needs at least two options");
        }
        if (type == AnswerType.PERCENTAGE) {
            thresholds.stream()
                    .filter(t -> t.atLeast().signum() < 0 || t.atLeast().compareTo(BigDecimal.valueOf(100)) > 0)
                    .findFirst()
                    .ifPresent(t -> node.get("thresholds").error("a percentage threshold lies between 0 and 100"));
        }
        boolean hasPoints = options.stream().anyMatch(o -> o.points() > 0)
                || thresholds.stream().anyMatch(t -> t.points() > 0);
        if (kind == DataKind.FACT && hasPoints) {
            node.get("kind").error("a fact question describes the city and carries no points");
        }
        if (kind == DataKind.FACT && node.get("theme").isPresent()) {
            node.get("theme").error("only scored questions have a theme (a fact question describes the city)");
        }
        if (kind != DataKind.FACT && fact.isPresent()) {
            node.get("fact").error("only fact questions feed the city profile");
        }
        if (kind.isScored() && type.isNumeric() && thresholds.isEmpty()) {
            node.warning(kind.name().toLowerCase(Locale.ROOT) + " question without thresholds carries no points");
        }
        if (kind.isScored() && type.hasOptions() && !options.isEmpty() && !hasPoints) {
            node.error("no option carries points: an " + kind.name().toLowerCase(Locale.ROOT)
                    + " question must be able to earn points");
        }
    }
}
