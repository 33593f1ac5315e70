package org.iccindex.planning;

import java.util.Set;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Question;
import org.iccindex.scoring.Answer;

/**
 * What a change asks the city to do, as a kind of step and the definition's own label of the option or value, for
 * the command line and the pages to phrase in their language.
 */
public final class ChangeWords {
    /** The kind of step a change is. */
    public enum Kind {
        /** Answer yes to a yes/no question. */
        ANSWER_YES,
        /** Choose a better option of a single-choice question. */
        CHOOSE,
        /** Tick one more option of a "which of these" question. */
        TICK,
        /** Reach at least a value of a number or percentage. */
        REACH
    }

    private ChangeWords() {}

    public static Kind kind(Question question) {
        return switch (question.type()) {
            case YES_NO -> Kind.ANSWER_YES;
            case SINGLE_CHOICE -> Kind.CHOOSE;
            case MULTIPLE_CHOICE -> Kind.TICK;
            default -> Kind.REACH;
        };
    }

    /** The option chosen or ticked, or the value to reach with its unit; empty for "yes". */
    public static String value(Question question, Change change, String language) {
        Answer to = change.to();
        if (to instanceof Answer.Choice choice) {
            return label(question, choice.option(), language);
        }
        if (to instanceof Answer.Choices choices) {
            Set<String> before = change.from()
                    .filter(Answer.Choices.class::isInstance)
                    .map(a -> ((Answer.Choices) a).options())
                    .orElse(Set.of());
            return choices.options().stream()
                    .filter(o -> !before.contains(o))
                    .map(o -> label(question, o, language))
                    .findFirst()
                    .orElse("");
        }
        if (to instanceof Answer.Numeric numeric) {
            String unit = question.type() == AnswerType.PERCENTAGE
                    ? " %"
                    : question.unit().isEmpty() ? "" : " " + question.unit().in(language);
            return numeric.value().toPlainString() + unit;
        }
        return "";
    }

    private static String label(Question question, String option, String language) {
        return question.option(option)
                .map(o -> o.label().isEmpty() ? o.code() : o.label().in(language))
                .orElse(option);
    }
}
