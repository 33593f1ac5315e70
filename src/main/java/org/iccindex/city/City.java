package org.iccindex.city;

import java.util.Objects;

/** A city: {@code synthetic} cities are fictional demo data and are marked as such wherever they show. */
public record City(long id, CitySlug slug, String name, String country, boolean synthetic) {
    public City {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
    }
}
