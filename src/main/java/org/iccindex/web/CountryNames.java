package org.iccindex.web;

import java.util.Locale;
import org.iccindex.wording.Countries;
import org.springframework.stereotype.Component;

/**
 * Country names for the page templates, in the page's language: {@code ${@countries.name(city.country, #locale)}}.
 * One lookup for every page, the same as the reports' ({@link Countries}, the JDK's locale data). Public because
 * the templates' expressions call it by reflection.
 */
@Component("countries")
public class CountryNames {
    /** The country held under its English name, named in {@code locale} ("South Korea" as "Corée du Sud"). */
    public String name(String englishName, Locale locale) {
        return Countries.name(englishName, locale);
    }
}
