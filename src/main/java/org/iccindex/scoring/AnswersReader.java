package org.iccindex.scoring;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iccindex.definition.AnswerBounds;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.shared.Problems;
import org.iccindex.shared.YamlNode;

/** Reads an answers file (YAML or JSON, docs/answers-format.md) against a definition, reporting every problem. */
public final class AnswersReader {
    /** The key of a "not applicable" answer, camelCase as every JSON the product writes. */
    public static final String NOT_APPLICABLE = "notApplicable";
    /** Its name before camelCase: files written with it are still read. */
    static final String OLD_NOT_APPLICABLE = "not_applicable";

    private AnswersReader() {}

    public static AnswersFile read(String fileName, String text, Definition definition) {
        Problems problems = new Problems(fileName);
        YamlNode root = YamlNode.parse(text, problems);
        if (!root.isPresent() || !root.isMapping()) {
            if (root.isPresent()) {
                root.error("an answers file is a mapping with the keys edition, city, round, answers");
            }
            return new AnswersFile(Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), problems.list());
        }
        root.allowOnly(Set.of("edition", "city", "round", "answers"));
        root.get("edition")
                .text()
                .filter(e -> !e.equals(definition.edition().value()))
                .ifPresent(e -> root.get("edition")
                        .error("the file answers edition '" + e + "' but is scored with '" + definition.edition()
                                + "'"));
        Optional<String> city = root.get("city").nonBlankText();
        Optional<Integer> round = root.get("round").integer();
        Map<QuestionCode, Answer> answers = new LinkedHashMap<>();
        Map<QuestionCode, String> notes = new LinkedHashMap<>();
        root.require("answers").entries().forEach((code, node) -> {
            Optional<Question> question =
                    QuestionCode.isValid(code) ? definition.question(new QuestionCode(code)) : Optional.empty();
            if (question.isEmpty()) {
                node.error("unknown question '" + code + "' in edition " + definition.edition());
                return;
            }
            note(node).ifPresent(note -> notes.put(question.get().code(), note));
            read(question.get(), node)
                    .ifPresent(answer -> AnswerCheck.problem(question.get(), answer)
                            .ifPresentOrElse(
                                    node::error,
                                    () -> answers.put(question.get().code(), answer)));
        });
        if (problems.hasErrors()) {
            return new AnswersFile(Optional.empty(), Map.of(), city, round, problems.list());
        }
        return new AnswersFile(
                Optional.of(new AnswerSet(definition.edition(), answers)), notes, city, round, problems.list());
    }

    /** The evidence note of an answer in the object form, within the text bounds; control characters are dropped. */
    private static Optional<String> note(YamlNode node) {
        if (!node.isMapping() || !node.get("note").isPresent()) {
            return Optional.empty();
        }
        YamlNode note = node.get("note");
        if (!note.isScalar()) {
            note.error("an evidence note is a text");
            return Optional.empty();
        }
        String text = AnswerBounds.withoutControls(note.text().orElse("").strip());
        Optional<String> tooLong = AnswerBounds.lengthProblem(text, AnswerBounds.MAX_TEXT);
        if (tooLong.isPresent()) {
            note.error("evidence note: " + tooLong.get());
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<Answer> read(Question question, YamlNode node) {
        if (node.isMapping() && node.get("value").isPresent()) {
            node.allowOnly(Set.of("value", "note"));
            if (node.get("value").isMapping()) {
                node.get("value").error("the value of an answer is a value or a list, not a mapping");
                return Optional.empty();
            }
            return read(question, node.get("value"));
        }
        if (node.isMapping()) {
            boolean current = node.get(NOT_APPLICABLE).isPresent();
            boolean old = node.get(OLD_NOT_APPLICABLE).isPresent();
            if (current && old) {
                node.get(OLD_NOT_APPLICABLE).error("give 'notApplicable:' once (not_applicable is its older name)");
                return Optional.empty();
            }
            node.allowOnly(Set.of(old ? OLD_NOT_APPLICABLE : NOT_APPLICABLE, "note"));
            if (!current && !old) {
                node.error("an answer in the object form has 'value:' (or 'notApplicable:'), and optionally 'note:'");
                return Optional.empty();
            }
            YamlNode justification = node.require(current ? NOT_APPLICABLE : OLD_NOT_APPLICABLE);
            Optional<String> reason = justification.text();
            if (justification.isScalar() && reason.map(String::isBlank).orElse(true)) {
                justification.error("\"not applicable\" needs a justification");
                return Optional.empty();
            }
            return reason.map(Answer.NotApplicable::new);
        }
        AnswerType type = question.type();
        if (type == AnswerType.MULTIPLE_CHOICE
                && (node.isSequence() || node.text().isPresent())) {
            // [] is "none of them"; a single code stands for a one-item list; a blank value is no answer (below)
            Set<String> options = new LinkedHashSet<>(node.texts());
            return Optional.of(new Answer.Choices(options));
        }
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            if (node.isPresent() && !node.isSequence()) {
                node.error("no answer given (leave the question out if it is unanswered)");
            }
            return Optional.empty();
        }
        String value = text.get().trim();
        switch (type) {
            case YES_NO:
                return node.bool().map(Answer.YesNo::new);
            case SINGLE_CHOICE:
                return Optional.of(new Answer.Choice(value));
            case NUMBER:
            case PERCENTAGE:
                return node.decimal().map(Answer.Numeric::new);
            default:
                return Optional.of(new Answer.Text(text.get()));
        }
    }
}
