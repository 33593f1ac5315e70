package org.iccindex.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A fictional city's profile: shares are kept in tenths of a percent so that they print with exactly one decimal.
 */
record SyntheticCity(
        String slug,
        String name,
        String country,
        long population,
        int foreignBornTenths,
        OptionalInt nonNationalTenths) {

    SyntheticCity {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(nonNationalTenths, "nonNationalTenths");
    }

    /** The slug the import would derive from the name: accents dropped, other characters to {@code -}. */
    static String slugOf(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
