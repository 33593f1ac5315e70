package org.iccindex.practice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The index alone: English and French stemming, accents, every word or some, and the filters. */
class PracticeIndexTests {
    private static final Optional<String> NONE = Optional.empty();

    private final PracticeIndex index = PracticeIndex.build(List.of(
            new IndexedPractice(
                    1,
                    "Municipal mediators who go out to residents",
                    "Bergen Norway\nThe mediation service meets residents in the streets.",
                    Optional.of("Des médiateurs municipaux qui vont au-devant des habitants"),
                    Optional.of("Bergen Norway\nLe service de médiation rencontre les habitants dans la rue."),
                    List.of("mediation"),
                    Optional.of("Norway"),
                    Optional.of("population-200000-500000")),
            new IndexedPractice(
                    2,
                    "A house for journalists in exile",
                    "Paris France\nA home for persecuted foreign journalists.",
                    Optional.of("Une maison pour les journalistes en exil"),
                    Optional.of("Paris France\nUne association accueille des journalistes étrangers persécutés."),
                    List.of("media"),
                    Optional.of("France"),
                    NONE),
            new IndexedPractice(
                    3,
                    "Pairing classes from separated communities",
                    "Bradford United Kingdom\nSchools linked in pairs; pupils meet for a year of joint work.",
                    NONE,
                    NONE,
                    List.of("education"),
                    Optional.of("United Kingdom"),
                    NONE)));

    private List<Long> search(String text) {
        return index.search(text, true, NONE, NONE, NONE);
    }

    @Test
    void englishWordsMatchTheirVariants() {
        assertThat(search("mediators")).containsExactly(1L);
        assertThat(search("mediation")).containsExactly(1L);
        assertThat(search("school linking")).containsExactly(3L);
        assertThat(search("journalist")).containsExactly(2L);
    }

    @Test
    void frenchWordsMatchTheFrenchTextsWithOrWithoutAccents() {
        assertThat(search("médiateurs")).containsExactly(1L);
        assertThat(search("la médiation")).containsExactly(1L);
        assertThat(search("journalistes exilés")).containsExactly(2L);
        assertThat(search("persecutes")).containsExactly(2L);
    }

    @Test
    void everyWordMustMatchUnlessAnyWordIsAsked() {
        assertThat(search("mediation journalists")).isEmpty();
        assertThat(index.search("mediation journalists", false, NONE, NONE, NONE))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void filtersNarrowTheResultsAndABlankQueryListsEverything() {
        assertThat(search("")).containsExactly(1L, 2L, 3L);
        assertThat(index.search("", true, Optional.of("media"), NONE, NONE)).containsExactly(2L);
        assertThat(index.search("", true, NONE, Optional.of("united kingdom"), NONE))
                .containsExactly(3L);
        assertThat(index.search("", true, NONE, NONE, Optional.of("population-200000-500000")))
                .containsExactly(1L);
        assertThat(index.search("mediators", true, Optional.of("education"), NONE, NONE))
                .isEmpty();
    }

    @Test
    void queryParserSyntaxInTheWordsIsTakenLiterally() {
        assertThat(search("mediation AND (")).containsExactly(1L);
        assertThat(search("\"journalists")).containsExactly(2L);
    }
}
