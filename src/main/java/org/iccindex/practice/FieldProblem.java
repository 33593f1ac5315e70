package org.iccindex.practice;

import java.util.Objects;

/** Something wrong with one field of a practice, e.g. {@code links}: "not a web address: 'www.example'". */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
