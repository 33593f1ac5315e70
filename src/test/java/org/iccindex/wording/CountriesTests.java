package org.iccindex.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Country names come from the JDK's locale data in the reader's language. */
class CountriesTests {
    @Test
    void namesAreShownInFrench() {
        assertThat(Countries.name("South Korea", Locale.FRENCH)).isEqualTo("Corée du Sud");
        assertThat(Countries.name("Switzerland", Locale.FRENCH)).isEqualTo("Suisse");
        assertThat(Countries.name("United Kingdom", Locale.FRENCH)).isEqualTo("Royaume-Uni");
        assertThat(Countries.name("Spain", Locale.FRENCH)).isEqualTo("Espagne");
    }

    @Test
    void englishStaysEnglishAndAnUnknownNameIsKept() {
        assertThat(Countries.name("South Korea", Locale.ENGLISH)).isEqualTo("South Korea");
        assertThat(Countries.name("Atlantis", Locale.FRENCH)).isEqualTo("Atlantis");
    }
}
