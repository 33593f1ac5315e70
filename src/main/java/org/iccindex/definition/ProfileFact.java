package org.iccindex.definition;

import java.util.Arrays;
import java.util.Optional;

/** City profile attributes that fact questions can feed; some place the city in comparison groups. */
public enum ProfileFact {
    POPULATION("population"),
    FOREIGN_BORN_PCT("foreign_born_pct"),
    NON_NATIONAL_PCT("non_national_pct"),
    NATIONALITIES_COUNT("nationalities_count"),
    MAIN_NATIONALITIES("main_nationalities");

    private final String key;

    ProfileFact(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ProfileFact> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
