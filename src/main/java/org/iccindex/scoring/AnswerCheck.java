package org.iccindex.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.iccindex.definition.AnswerBounds;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Question;

/**
 * Whether an answer fits its question: the right variant, known options, a percentage within 0-100, a number
 * within the general {@link AnswerBounds} and the question's own {@code min} / {@code max}, a text not too long.
 */
public final class AnswerCheck {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AnswerCheck() {}

    /** Empty when the answer fits; otherwise what is wrong, in a sentence. */
    public static Optional<String> problem(Question question, Answer answer) {
        AnswerType type = question.type();
        if (answer instanceof Answer.NotApplicable na) {
            if (!question.notApplicable().allowsNotApplicable()) {
                return Optional.of("this question does not allow \"not applicable\"");
            }
            return na.justification().isBlank()
                    ? Optional.of("\"not applicable\" needs a justification")
                    : AnswerBounds.lengthProblem(na.justification(), AnswerBounds.MAX_JUSTIFICATION);
        }
        if (answer instanceof Answer.YesNo) {
            return type == AnswerType.YES_NO ? Optional.empty() : wrongType(type);
        }
        if (answer instanceof Answer.Choice choice) {
            if (type != AnswerType.SINGLE_CHOICE) {
                return wrongType(type);
            }
            return question.option(choice.option()).isPresent()
                    ? Optional.empty()
                    : unknownOption(question, choice.option());
        }
        if (answer instanceof Answer.Choices choices) {
            if (type != AnswerType.MULTIPLE_CHOICE) {
                return wrongType(type);
            }
            return choices.options().stream()
                    .filter(o -> question.option(o).isEmpty())
                    .findFirst()
                    .flatMap(o -> unknownOption(question, o));
        }
        if (answer instanceof Answer.Numeric numeric) {
            if (!type.isNumeric()) {
                return wrongType(type);
            }
            Optional<String> outOfBounds = AnswerBounds.problem(numeric.value());
            if (outOfBounds.isPresent()) {
                return outOfBounds;
            }
            if (type == AnswerType.PERCENTAGE
                    && (numeric.value().signum() < 0 || numeric.value().compareTo(HUNDRED) > 0)) {
                return Optional.of("a percentage lies between 0 and 100, found " + AnswerBounds.shown(numeric.value()));
            }
            return numeric.value().signum() < 0
                    ? Optional.of("a negative number is not a valid answer")
                    : question.range().problem(numeric.value());
        }
        return type == AnswerType.TEXT
                ? AnswerBounds.lengthProblem(((Answer.Text) answer).text(), AnswerBounds.MAX_TEXT)
                : wrongType(type);
    }

    private static Optional<String> wrongType(AnswerType type) {
        return Optional.of(
                switch (type) {
                    case YES_NO -> "expected yes or no";
                    case SINGLE_CHOICE -> "expected one option code";
                    case MULTIPLE_CHOICE -> "expected a list of option codes";
                    case NUMBER -> "expected a number";
                    case PERCENTAGE -> "expected a percentage (0-100)";
                    case TEXT -> "expected text";
                });
    }

    private static Optional<String> unknownOption(Question question, String option) {
        String known =
                String.join(", ", question.options().stream().map(o -> o.code()).toList());
        return Optional.of("unknown option '" + option + "' (options: " + known + ")");
    }
}
