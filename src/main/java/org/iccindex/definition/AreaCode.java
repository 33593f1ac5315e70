package org.iccindex.definition;

import java.util.Objects;
import java.util.regex.Pattern;

/** Code of an area, stable across editions where its meaning is the same, e.g. {@code education}. */
public record AreaCode(String value) implements Comparable<AreaCode> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z_]*");

    public AreaCode {
        Objects.requireNonNull(value, "area code");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("area code must be lower-case letters and '_': " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(AreaCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
