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

    @Test
    void aNameWithAnAmpersandInTheLocaleDataIsFound() {
        assertThat(Countries.name("Bosnia and Herzegovina", Locale.FRENCH)).isEqualTo("Bosnie-Herzégovine");
        assertThat(Countries.name("Bosnia and Herzegovina", Locale.ENGLISH)).isEqualTo("Bosnia and Herzegovina");
    }

    @Test
    void inAnEnglishSentenceSomeNamesTakeThe() {
        assertThat(Countries.inSentence("Philippines", Locale.ENGLISH)).isEqualTo("the Philippines");
        assertThat(Countries.inSentence("Netherlands", Locale.ENGLISH)).isEqualTo("the Netherlands");
        assertThat(Countries.inSentence("United Kingdom", Locale.ENGLISH)).isEqualTo("the United Kingdom");
        assertThat(Countries.inSentence("United States", Locale.ENGLISH)).isEqualTo("the United States");
        assertThat(Countries.inSentence("Dominican Republic", Locale.ENGLISH)).isEqualTo("the Dominican Republic");
        assertThat(Countries.inSentence("South Korea", Locale.ENGLISH)).isEqualTo("South Korea");
        assertThat(Countries.inSentence("Spain", Locale.ENGLISH)).isEqualTo("Spain");
        assertThat(Countries.inSentence("Philippines", Locale.FRENCH)).isEqualTo("Philippines");
        assertThat(Countries.inSentence("Atlantis", Locale.ENGLISH)).isEqualTo("Atlantis");
    }
}
