package org.iccindex.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iccindex.practice.PracticeFixtures.ANALYST;
import static org.iccindex.practice.PracticeFixtures.content;
import static org.iccindex.practice.PracticeFixtures.uniqueWord;
import static org.iccindex.practice.PracticeFixtures.withAreas;
import static org.iccindex.practice.PracticeFixtures.withSummary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue on a real database: seed, versions and history, concurrent edits, proposals, retirement. */
abstract class AbstractPracticeCatalogueTests {
    @Autowired
    PracticeCatalogue catalogue;

    @Autowired
    PracticeSearch search;

    @Autowired
    PracticeSeeds seeds;

    @Autowired
    Accounts accounts;

    @Autowired
    CityRepository cities;

    @Autowired
    JdbcClient jdbc;

    private int practiceCount() {
        return jdbc.sql("select count(*) from practice").query(Integer.class).single();
    }

    private List<Long> found(String words) {
        return search.search(SearchQuery.of(words), Locale.ENGLISH).hits().stream()
                .map(SearchResults.Hit::id)
                .toList();
    }

    private CurrentUser coordinator() {
        String word = uniqueWord();
        City city = cities.create(new CitySlug(word), "City " + word, "Italy", false);
        return accounts.create(
                word + "@example.org",
                "Coordinator",
                Role.COORDINATOR,
                Optional.of(city.id()),
                Optional.empty(),
                false);
    }

    @Test
    void theSeedIsLoadedOnceOnFirstStart() {
        assertThat(catalogue.find("bergen-outreach-mediation")).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(PracticeStatus.ACTIVE);
            assertThat(p.content().place(Locale.ENGLISH)).isEqualTo("Bergen, Norway");
            assertThat(p.content().place(Locale.FRENCH)).isEqualTo("Bergen, Norvège");
            assertThat(catalogue.history(p.id()))
                    .singleElement()
                    .satisfies(v -> assertThat(v.changedBy()).isEqualTo("seed: practice/seed-practices.yaml"));
        });
        int before = practiceCount();
        assertThat(seeds.load(PracticeSeeds.SEED, false)).isZero();
        assertThat(practiceCount()).isEqualTo(before);
        // no fictional city in this database: the demo practices are not loaded
        assertThat(catalogue.find("demo-torrenza-intercultural-plan")).isEmpty();
    }

    @Test
    void everyEditIsANewVersionAndTheHistoryKeepsEachOne() {
        String word = uniqueWord();
        Practice created = catalogue.create(content("Welcome walks " + word, "Lund", "Sweden", "welcoming"), ANALYST);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.slug()).isEqualTo("welcome-walks-" + word);

        PracticeContent changed = withAreas(
                withSummary(created.content(), "Walks " + word + " through the city for newcomers.", "Des promenades."),
                "welcoming",
                "interaction");
        Practice edited = catalogue.edit(created.id(), 1, changed, ANALYST);

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.content().summary().in("fr")).isEqualTo("Des promenades.");
        List<PracticeVersion> history = catalogue.history(created.id());
        assertThat(history)
                .extracting(PracticeVersion::action)
                .containsExactly(PracticeAction.CREATED, PracticeAction.EDITED);
        assertThat(history.get(1).changedSince(history.get(0))).containsExactly("summary", "areas");
        assertThat(history.get(0).content().summary().english())
                .isEqualTo("A practice called Welcome walks " + word + " for testing.");
    }

    @Test
    void anEditStartedFromAnOldVersionIsRefusedAndChangesNothing() {
        Practice created =
                catalogue.create(content("Street dialogue " + uniqueWord(), "Lund", "Sweden", "mediation"), ANALYST);
        catalogue.edit(created.id(), 1, withAreas(created.content(), "mediation", "participation"), ANALYST);

        assertThatThrownBy(() -> catalogue.edit(created.id(), 1, withAreas(created.content(), "media"), ANALYST))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("now version 2, you started from version 1")
                .satisfies(e -> assertThat(
                                ((ConcurrentChangeException) e).current().version())
                        .isEqualTo(2));
        Practice stored = catalogue.find(created.id()).orElseThrow();
        assertThat(stored.content().areas()).extracting(a -> a.value()).containsExactly("mediation", "participation");
        assertThat(catalogue.history(created.id())).hasSize(2);
    }

    @Test
    void anInvalidPracticeIsRefusedWithEveryProblemAndNothingIsStored() {
        int before = practiceCount();
        PracticeContent bad = withAreas(content("", "Lund", null), "mediaton");
        assertThatThrownBy(() -> catalogue.create(bad, ANALYST))
                .isInstanceOfSatisfying(
                        InvalidPracticeException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("title_en", "country", "areas"));
        assertThat(practiceCount()).isEqualTo(before);
    }

    @Test
    void aCityProposesAndAnAnalystAcceptsOrDeclinesWithAReason() {
        CurrentUser coordinator = coordinator();
        String word = uniqueWord();
        Practice proposed =
                catalogue.propose(content("Library mixers " + word, "Lund", "Sweden", "culture_social"), coordinator);
        assertThat(proposed.status()).isEqualTo(PracticeStatus.PROPOSED);
        assertThat(found(word)).isEmpty();
        assertThat(catalogue.proposedBy(coordinator)).extracting(Practice::id).containsExactly(proposed.id());
        assertThat(catalogue.maySee(proposed, Optional.of(coordinator))).isTrue();
        assertThat(catalogue.maySee(proposed, Optional.empty())).isFalse();
        assertThatThrownBy(() -> catalogue.accept(proposed.id(), 1, coordinator))
                .isInstanceOf(PracticeNotAllowedException.class);

        Practice accepted = catalogue.accept(proposed.id(), 1, ANALYST);
        assertThat(accepted.status()).isEqualTo(PracticeStatus.ACTIVE);
        assertThat(found(word)).containsExactly(proposed.id());

        Practice other = catalogue.propose(
                content("Same again " + uniqueWord(), "Lund", "Sweden", "culture_social"), coordinator);
        assertThatThrownBy(() -> catalogue.decline(other.id(), 1, " ", ANALYST))
                .isInstanceOf(InvalidPracticeException.class);
        Practice declined = catalogue.decline(other.id(), 1, "Already in the catalogue as Library mixers.", ANALYST);
        assertThat(declined.status()).isEqualTo(PracticeStatus.DECLINED);
        assertThat(declined.decisionNote()).contains("Already in the catalogue as Library mixers.");
        assertThat(catalogue.history(other.id()))
                .extracting(PracticeVersion::action, v -> v.note().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PracticeAction.PROPOSED, ""),
                        org.assertj.core.groups.Tuple.tuple(
                                PracticeAction.DECLINED, "Already in the catalogue as Library mixers."));
        assertThatThrownBy(() -> catalogue.accept(other.id(), 2, ANALYST)).isInstanceOf(PracticeStateException.class);
    }

    @Test
    void aRetiredPracticeLeavesTheSearchAndTheActiveCatalogue() {
        String word = uniqueWord();
        Practice created =
                catalogue.create(content("Night markets " + word, "Lund", "Sweden", "public_space"), ANALYST);
        assertThat(found(word)).containsExactly(created.id());

        Practice retired = catalogue.retire(created.id(), 1, "Ended in 2025.", ANALYST);

        assertThat(retired.status()).isEqualTo(PracticeStatus.RETIRED);
        assertThat(found(word)).isEmpty();
        assertThat(catalogue.active()).extracting(Practice::id).doesNotContain(created.id());
        assertThat(catalogue.maySee(retired, Optional.empty())).isFalse();
        assertThatThrownBy(() -> catalogue.edit(created.id(), 2, created.content(), ANALYST))
                .isInstanceOf(PracticeStateException.class);
        assertThat(catalogue.history(created.id()))
                .extracting(PracticeVersion::status)
                .containsExactly(PracticeStatus.ACTIVE, PracticeStatus.RETIRED);
    }

    @Test
    void aPracticeIsLinkedToOurCityOfTheSameNameAndCountry() {
        String word = uniqueWord();
        City city = cities.create(new CitySlug("sao-" + word), "São " + word, "Brazil", false);
        Practice linked = catalogue.create(
                content("Plazas " + word, "Sao " + word.toUpperCase(Locale.ROOT), "Brazil", "public_space"), ANALYST);
        Practice elsewhere = catalogue.create(
                content("Plazas elsewhere " + word, "São " + word, "Portugal", "public_space"), ANALYST);
        assertThat(linked.city()).map(City::id).contains(city.id());
        assertThat(elsewhere.city()).isEmpty();
    }
}
