package org.iccindex.city;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A city's stable identifier in URLs, files and the command line: lower-case ASCII, digits and '-', e.g. {@code ansan}. */
public record CitySlug(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CitySlug {
        Objects.requireNonNull(value, "slug");
        if (!FORM.matcher(value).matches() || value.length() > 80) {
            throw new IllegalArgumentException("a city slug is lower-case letters and digits joined by '-': " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= 80 && FORM.matcher(value).matches();
    }

    /**
     * Derives a slug from a name: accents dropped, anything else non-alphanumeric to '-'. Empty when nothing Latin
     * is left (e.g. a name only in Korean script): such a city needs an explicit slug.
     */
    public static java.util.Optional<CitySlug> from(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return isValid(slug) ? java.util.Optional.of(new CitySlug(slug)) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
