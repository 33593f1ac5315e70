package org.iccindex.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;

/**
 * Where the report finds good practice from other cities to suggest, per area. The good-practice catalogue
 * supplies the real one; without it a report says that no practice is catalogued for the area.
 */
public interface GoodPractices {
    /** No catalogue. */
    GoodPractices NONE = (area, excluding, locale, limit) -> List.of();

    /** Up to {@code limit} published practices for an area, from cities other than {@code excluding}. */
    List<Practice> forArea(AreaCode area, CitySlug excluding, Locale locale, int limit);

    /**
     * A practice as a report cites it; {@code fictional} when it belongs to a fictional city of the demo data, which
     * the report then says beside the city's name ("Torrenza (Spain, fictional city)").
     */
    record Practice(
            String title, String city, String country, String summary, Optional<String> link, boolean fictional) {}
}
