package org.iccindex.account;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one field of a form: a message key of the account bundle with its arguments, and the same
 * sentence in English for logs and the command line.
 */
public record FieldProblem(String field, String code, List<Object> args, String english) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        Objects.requireNonNull(english, "english");
    }

    static FieldProblem of(String field, String code, String english, Object... args) {
        return new FieldProblem(field, code, List.of(args), english);
    }

    @Override
    public String toString() {
        return field + ": " + english;
    }
}
