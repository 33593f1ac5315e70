package org.iccindex.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Elision and contraction, as a French reader expects them. */
class FrenchTests {
    @Test
    void deElidesBeforeAVowelOrAMuteH() {
        assertThat(French.apply("la politique de Ansan")).isEqualTo("la politique d'Ansan");
        assertThat(French.apply("le score de Oslo et de Héraklion")).isEqualTo("le score d'Oslo et d'Héraklion");
        assertThat(French.apply("De Ansan à Oslo")).isEqualTo("D'Ansan à Oslo");
        assertThat(French.apply("le indice global")).isEqualTo("l'indice global");
        assertThat(French.apply("que il")).isEqualTo("qu'il");
    }

    @Test
    void anAspiratedHOrAConsonantKeepsTheWordWhole() {
        assertThat(French.apply("le score de Valmonte")).isEqualTo("le score de Valmonte");
        assertThat(French.apply("le hall de la mairie")).isEqualTo("le hall de la mairie");
        assertThat(French.apply("de Yokohama")).isEqualTo("de Yokohama");
        assertThat(French.apply("16 de 20")).isEqualTo("16 de 20");
    }

    @Test
    void articlesContractAfterDeAndA() {
        assertThat(French.apply("le score de le prisme")).isEqualTo("le score du prisme");
        assertThat(French.apply("la moyenne de les villes")).isEqualTo("la moyenne des villes");
        assertThat(French.apply("ayant répondu à les nouveaux indicateurs"))
                .isEqualTo("ayant répondu aux nouveaux indicateurs");
        assertThat(French.apply("supérieur à le score")).isEqualTo("supérieur au score");
        assertThat(French.apply("dispose de des écoles et de des centres")).isEqualTo("dispose d'écoles et de centres");
    }

    @Test
    void aDoubledDeKeepsOne() {
        assertThat(French.apply("villes de de 100 000 à 200 000 habitants"))
                .isEqualTo("villes de 100 000 à 200 000 habitants");
        assertThat(French.apply("villes de moins de 100 000 habitants"))
                .isEqualTo("villes de moins de 100 000 habitants");
    }

    @Test
    void aCorrectTextIsLeftAsItIs() {
        String text = "Le score d'Ansan en éducation est de 95, nettement supérieur au résultat de l'échantillon.";
        assertThat(French.apply(text)).isEqualTo(text);
    }
}
