package org.iccindex.wording;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country names in the reader's language, from the JDK's locale data (never a hand-made list): the data holds each
 * country under its English name ("South Korea"), shown in French as "Corée du Sud". A name the locale data does
 * not know is shown as it is.
 */
public final class Countries {
    private static final Map<String, String> CODE_BY_ENGLISH_NAME = new HashMap<>();

    /**
     * Countries whose English name takes "the" in running text ("in the Philippines") though the name does not say
     * so by its last word. The locale data holds no articles, so this short list is kept by hand; names ending in
     * Islands, Republic, States, Kingdom or Emirates take "the" by that rule ({@link #THE_BY_LAST_WORD}).
     */
    private static final Set<String> THE_BY_CODE = Set.of("NL", "PH", "BS", "GM", "MV", "KM", "SC");

    private static final Pattern THE_BY_LAST_WORD =
            Pattern.compile(".*\\b(?:Islands|Republic|States|Kingdom|Emirates)");

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            CODE_BY_ENGLISH_NAME.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
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
        String code = CODE_BY_ENGLISH_NAME.get(key(englishName));
        if (code == null) {
            return englishName;
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        if (locale.getLanguage().equals("en")) {
            name = name.replace(" & ", " and ");
        }
        return name.isBlank() || name.equals(code) ? englishName : name;
    }

    /**
     * The country's name as it reads inside an English sentence or list ("the Philippines", "the United Kingdom",
     * "Spain"); in other languages the same as {@link #name}, their texts placing a country where it needs no
     * article (in brackets, after a colon).
     */
    public static String inSentence(String englishName, Locale locale) {
        String name = name(englishName, locale);
        if (name == null
                || name.isBlank()
                || !locale.getLanguage().equals("en")
                || name.regionMatches(true, 0, "the ", 0, 4)) {
            return name;
        }
        String code = CODE_BY_ENGLISH_NAME.get(key(englishName));
        boolean the = (code != null && THE_BY_CODE.contains(code))
                || THE_BY_LAST_WORD.matcher(name).matches();
        return the ? "the " + name : name;
    }

    /** Names compared without case, and "&" as "and" ("Bosnia & Herzegovina" in the locale data). */
    private static String key(String name) {
        return name.strip().replace(" & ", " and ").toLowerCase(Locale.ROOT);
    }
}
