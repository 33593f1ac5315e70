package org.iccindex.wording;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names in the reader's language, from the JDK's locale data (never a hand-made list): the data holds each
 * country under its English name ("South Korea"), shown in French as "Corée du Sud". A name the locale data does
 * not know is shown as it is.
 */
public final class Countries {
    private static final Map<String, String> CODE_BY_ENGLISH_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            CODE_BY_ENGLISH_NAME.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // English names in use that differ from the locale data's
        CODE_BY_ENGLISH_NAME.put("republic of korea", "KR");
        CODE_BY_ENGLISH_NAME.put("the republic of korea", "KR");
        CODE_BY_ENGLISH_NAME.put("uk", "GB");
        CODE_BY_ENGLISH_NAME.put("england", "GB");
        CODE_BY_ENGLISH_NAME.put("usa", "US");
        CODE_BY_ENGLISH_NAME.put("united states of america", "US");
        CODE_BY_ENGLISH_NAME.put("czech republic", "CZ");
        CODE_BY_ENGLISH_NAME.put("turkey", "TR");
        CODE_BY_ENGLISH_NAME.put("north macedonia", "MK");
    }

    private Countries() {}

    /** The country's name in {@code locale}, e.g. "South Korea" as "Corée du Sud" in French. */
    public static String name(String englishName, Locale locale) {
        if (englishName == null || englishName.isBlank()) {
            return englishName;
        }
        String code = CODE_BY_ENGLISH_NAME.get(englishName.strip().toLowerCase(Locale.ROOT));
        if (code == null) {
            return englishName;
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? englishName : name;
    }
}
