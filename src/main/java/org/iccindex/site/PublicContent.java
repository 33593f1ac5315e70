package org.iccindex.site;

import java.util.List;
import java.util.Locale;
import org.iccindex.city.CitySlug;

/**
 * Extension point of the city page: a module that publishes things about cities (reports, good practices)
 * implements {@link Reports} or {@link Practices} as a Spring bean, and the city page shows a section for them when,
 * and only when, a city has at least one. Implementations return PUBLISHED items only: whatever they return is
 * public. A module that changes what these return publishes {@code PublicDataChanged}: the site keeps rendered
 * pages until the version of the public data moves on.
 */
public sealed interface PublicContent permits PublicContent.Reports, PublicContent.Practices {

    /** The city's published items, newest first, with titles in {@code locale}'s language where available. */
    List<PublicLink> forCity(CitySlug city, Locale locale);

    /** Published reports of a city (e.g. its index analysis as PDF), listed under "Reports". */
    non-sealed interface Reports extends PublicContent {}

    /** Good practices a city contributed to the catalogue, listed under "Good practices". */
    non-sealed interface Practices extends PublicContent {}
}
