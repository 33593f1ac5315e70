package org.iccindex.definition;

import java.util.Objects;
import java.util.regex.Pattern;

/** Code of a question, unique within its edition, e.g. {@code commitment.strategy}. */
public record QuestionCode(String value) implements Comparable<QuestionCode> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    public QuestionCode {
        Objects.requireNonNull(value, "question code");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "question code must be lower-case letters, digits, '_', '.', '-': " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(QuestionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
