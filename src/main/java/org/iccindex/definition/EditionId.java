package org.iccindex.definition;

import java.util.Objects;
import java.util.regex.Pattern;

/** Stable identifier of an edition of the instrument, e.g. {@code icc-2019}. */
public record EditionId(String value) implements Comparable<EditionId> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public EditionId {
        Objects.requireNonNull(value, "edition id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("edition id must be lower-case letters, digits and '-': " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(EditionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
