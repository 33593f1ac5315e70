package org.iccindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iccindex.definition.AnswerBounds;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Option;
import org.iccindex.definition.Question;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.AnswerCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers in and out: the stored form (yes/no and options as codes, the options of a multiple choice joined by
 * commas in the definition's order, "" for "none of these", numbers in plain notation), what a form or a
 * workbook cell gives, and words for people (option labels in their language).
 */
public final class AnswerCodec {
    /** The value of the "none of these" box of a multiple choice. */
    public static final String NONE_OF_THESE = "none-of-these";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String[]> WORDS = Map.of(
            "en", new String[] {"None of these", "Not applicable", "not answered", "Yes", "No"},
            "fr", new String[] {"Aucune de ces options", "Sans objet", "sans réponse", "Oui", "Non"});

    private AnswerCodec() {}

    /** The stored value of an answer; empty for "not applicable". */
    public static Optional<String> value(Question question, Answer answer) {
        if (answer instanceof Answer.NotApplicable) {
            return Optional.empty();
        }
        if (answer instanceof Answer.YesNo yesNo) {
            return Optional.of(yesNo.optionCode());
        }
        if (answer instanceof Answer.Choice choice) {
            return Optional.of(choice.option());
        }
        if (answer instanceof Answer.Choices choices) {
            List<String> ordered = new ArrayList<>();
            for (Option option : question.options()) {
                if (choices.options().contains(option.code())) {
                    ordered.add(option.code());
                }
            }
            return Optional.of(String.join(",", ordered));
        }
        if (answer instanceof Answer.Numeric numeric) {
            return Optional.of(plain(numeric.value()));
        }
        return Optional.of(((Answer.Text) answer).text());
    }

    /** The justification stored for a "not applicable" answer. */
    public static Optional<String> notApplicable(Answer answer) {
        return answer instanceof Answer.NotApplicable na ? Optional.of(na.justification()) : Optional.empty();
    }

    /** The answer from its stored form. */
    public static Optional<Answer> decode(Question question, Optional<String> value, Optional<String> notApplicable) {
        if (notApplicable.isPresent()) {
            return Optional.of(new Answer.NotApplicable(notApplicable.get()));
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        switch (question.type()) {
            case YES_NO:
                return Optional.of(new Answer.YesNo(v.equals("yes")));
            case SINGLE_CHOICE:
                return Optional.of(new Answer.Choice(v));
            case MULTIPLE_CHOICE:
                Set<String> options = new LinkedHashSet<>();
                for (String code : v.split(",")) {
                    if (!code.isBlank()) {
                        options.add(code.strip());
                    }
                }
                return Optional.of(new Answer.Choices(options));
            case NUMBER:
            case PERCENTAGE:
                return Optional.of(new Answer.Numeric(new BigDecimal(v)));
            default:
                return Optional.of(new Answer.Text(v));
        }
    }

    /**
     * Reads what a person entered. Empty input is "unanswered"; numbers accept a decimal comma, spaces between
     * thousands and a trailing %.
     *
     * @throws Refusal INVALID_ANSWER saying what does not fit the question
     */
    public static AnswerState parse(Question question, AnswerInput input) {
        return new AnswerState(parseAnswer(question, input), input.evidenceNote());
    }

    private static Optional<Answer> parseAnswer(Question question, AnswerInput input) {
        for (String value : input.values()) {
            AnswerBounds.lengthProblem(value, AnswerBounds.MAX_TEXT).ifPresent(p -> {
                throw invalid(p);
            });
        }
        AnswerBounds.lengthProblem(input.justification(), AnswerBounds.MAX_JUSTIFICATION)
                .ifPresent(p -> {
                    throw invalid("justification: " + p);
                });
        AnswerBounds.lengthProblem(input.evidenceNote(), AnswerBounds.MAX_TEXT).ifPresent(p -> {
            throw invalid("evidence note: " + p);
        });
        if (input.notApplicable()) {
            return check(
                    question, new Answer.NotApplicable(input.justification().strip()));
        }
        List<String> values = input.values().stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
        AnswerType type = question.type();
        if (type == AnswerType.MULTIPLE_CHOICE) {
            Set<String> options = new LinkedHashSet<>(values);
            boolean none = options.remove(NONE_OF_THESE);
            if (options.isEmpty() && !none) {
                return Optional.empty();
            }
            return check(question, new Answer.Choices(options));
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String value = values.get(0);
        switch (type) {
            case YES_NO:
                String yesNo = value.toLowerCase(java.util.Locale.ROOT);
                if (!yesNo.equals("yes") && !yesNo.equals("no")) {
                    throw invalid("expected yes or no, found '" + value + "'");
                }
                return Optional.of(new Answer.YesNo(yesNo.equals("yes")));
            case SINGLE_CHOICE:
                return check(question, new Answer.Choice(value));
            case NUMBER:
            case PERCENTAGE:
                return check(question, new Answer.Numeric(number(value)));
            default:
                return Optional.of(new Answer.Text(input.values().get(0).strip()));
        }
    }

    private static Optional<Answer> check(Question question, Answer answer) {
        Optional<String> problem = AnswerCheck.problem(question, answer);
        if (problem.isPresent()) {
            throw invalid(problem.get());
        }
        return Optional.of(answer);
    }

    static BigDecimal number(String text) {
        String s = text.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (s.length() > AnswerBounds.MAX_NUMBER_TEXT) {
            throw invalid(
                    "not a number of a sensible size: '" + s.substring(0, 20) + "…' has " + s.length() + " characters");
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.contains(",") && !s.contains(".")) {
            s = s.replace(',', '.');
        } else {
            s = s.replace(",", "");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw invalid("not a number: '" + text.strip() + "'");
        }
    }

    private static Refusal invalid(String message) {
        return new Refusal(Refusal.Reason.INVALID_ANSWER, "the answer does not fit the question", List.of(message));
    }

    /** The answer in words: option labels in {@code language} (English where missing), numbers as entered. */
    public static String describe(Question question, Optional<Answer> answer, String language) {
        String[] words = WORDS.getOrDefault(language, WORDS.get("en"));
        if (answer.isEmpty()) {
            return words[2];
        }
        Answer a = answer.get();
        if (a instanceof Answer.NotApplicable na) {
            return words[1] + ": " + na.justification();
        }
        if (a instanceof Answer.YesNo yesNo) {
            String label = label(question, yesNo.optionCode(), language);
            return label.isEmpty() || label.equals(yesNo.optionCode()) ? words[yesNo.yes() ? 3 : 4] : label;
        }
        if (a instanceof Answer.Choice choice) {
            return label(question, choice.option(), language);
        }
        if (a instanceof Answer.Choices choices) {
            if (choices.options().isEmpty()) {
                return words[0];
            }
            List<String> labels = new ArrayList<>();
            for (Option option : question.options()) {
                if (choices.options().contains(option.code())) {
                    labels.add(option.label().in(language));
                }
            }
            return String.join("; ", labels);
        }
        if (a instanceof Answer.Numeric numeric) {
            String unit = question.type() == AnswerType.PERCENTAGE ? " %" : "";
            return plain(numeric.value()) + unit;
        }
        return ((Answer.Text) a).text();
    }

    private static String label(Question question, String code, String language) {
        String label = question.option(code).map(o -> o.label().in(language)).orElse("");
        return label.isEmpty() ? code : label;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** An answer's state as written to the audit log: JSON of its stored form. */
    public static String toAudit(Question question, AnswerState state) {
        Map<String, Object> json = new LinkedHashMap<>();
        state.answer().flatMap(a -> value(question, a)).ifPresent(v -> json.put("value", v));
        state.answer().flatMap(AnswerCodec::notApplicable).ifPresent(n -> json.put("notApplicable", n));
        if (!state.evidenceNote().isEmpty()) {
            json.put("evidenceNote", state.evidenceNote());
        }
        return JSON.writeValueAsString(json);
    }

    /** Reads back what {@link #toAudit} wrote. */
    public static AnswerState fromAudit(Question question, String text) {
        JsonNode json = JSON.readTree(text);
        Optional<String> value = optional(json, "value");
        Optional<String> na = optional(json, "notApplicable");
        return new AnswerState(
                decode(question, value, na), optional(json, "evidenceNote").orElse(""));
    }

    private static Optional<String> optional(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asString());
    }
}
