package org.iccindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.iccindex.definition.AnswerBounds;

/** One answer to one question. Which variant fits which question type is checked by {@link AnswerCheck}. */
public sealed interface Answer {
    /** A yes/no answer. */
    record YesNo(boolean yes) implements Answer {
        public String optionCode() {
            return yes ? "yes" : "no";
        }
    }

    /** The option chosen in a single-choice question. */
    record Choice(String option) implements Answer {
        public Choice {
            Objects.requireNonNull(option, "option");
        }
    }

    /** The options ticked in a multiple-choice question; empty means "none of these". */
    record Choices(Set<String> options) implements Answer {
        public Choices {
            options = Set.copyOf(options);
        }
    }

    /** A number or a percentage. */
    record Numeric(BigDecimal value) implements Answer {
        public Numeric {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Free text; control characters other than tab and line breaks are dropped. */
    record Text(String text) implements Answer {
        public Text {
            text = AnswerBounds.withoutControls(Objects.requireNonNull(text, "text"));
        }
    }

    /** "Not applicable", with the reason given. */
    record NotApplicable(String justification) implements Answer {
        public NotApplicable {
            justification = AnswerBounds.withoutControls(Objects.requireNonNull(justification, "justification"));
        }
    }
}
