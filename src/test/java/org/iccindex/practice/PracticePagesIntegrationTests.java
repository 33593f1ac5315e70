package org.iccindex.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iccindex.practice.PracticeFixtures.ANALYST;
import static org.iccindex.practice.PracticeFixtures.content;
import static org.iccindex.practice.PracticeFixtures.uniqueWord;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The catalogue's pages: public search and practice pages, analysts' and cities' forms, recommendations. */
@OnH2WithDemo
@AutoConfigureMockMvc
class PracticePagesIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    @Autowired
    PracticeCatalogue catalogue;

    private UserDetails analyst() {
        return users.loadUserByUsername("analyst@example.org");
    }

    private UserDetails coordinator() {
        return users.loadUserByUsername("coordinator.valmonte@example.org");
    }

    private static String html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String url) throws Exception {
        return html(mvc.get().uri(url).exchange());
    }

    @Test
    void searchFindsWordVariantsInEnglishAndFrench() throws Exception {
        assertThat(page("/practices?q=mediators"))
                .contains("2 practices found")
                .contains("href=\"/practices/bergen-outreach-mediation\"")
                .contains("href=\"/practices/bergen-interfaith-council\"");
        assertThat(page("/practices?q=journalistes+exil%C3%A9s&lang=fr"))
                .contains("Une pratique trouvée")
                .contains("Paris\u00a0: une maison pour les journalistes en exil");
    }

    @Test
    void aSearchWithoutMatchSaysSoAndHowToFindMore() throws Exception {
        assertThat(page("/practices?q=qqqzzzx"))
                .contains("No practice found")
                .contains("No practice matches “qqqzzzx” with these filters.")
                .contains("Try fewer or other words")
                .contains("href=\"/practices\">Browse all practices");
        assertThat(page("/practices?q=mediators&area=education"))
                .contains("2 practices match the words alone: remove a filter to see them.");
    }

    @Test
    void filtersByAreaCountryAndPopulationBand() throws Exception {
        String media = page("/practices?area=media&country=France");
        assertThat(media)
                .contains("/practices/paris-house-for-exiled-journalists")
                .doesNotContain("/practices/donostia-media-observatory");
        String band = page("/practices?band=population-100000-200000");
        assertThat(band)
                .contains("/practices/demo-zlatnica-neighbourhood-houses")
                .contains("/practices/demo-savograd-residents-assembly")
                .doesNotContain("/practices/bergen-outreach-mediation")
                .doesNotContain("/practices/demo-kettelbruck-residents-council");
    }

    @Test
    void aPracticePageShowsItsTextsAndAnalystsSeeItsHistory() throws Exception {
        String html = page("/practices/reggio-emilia-two-way-language-learning");
        assertThat(html)
                .contains("Reggio Emilia: language learning that runs both ways")
                .contains("Mondinsieme intercultural centre, City of Reggio Emilia")
                .contains("href=\"/practices?area=language\"")
                .contains("Ansan City ICC Index Analysis 2020")
                .doesNotContain("History");
        assertThat(page("/practices/reggio-emilia-two-way-language-learning?lang=fr"))
                .contains("Reggio Emilia\u00a0: un apprentissage des langues dans les deux sens")
                .contains("Certaines parties ne sont pas encore traduites");
        assertThat(html(mvc.get()
                        .uri("/practices/reggio-emilia-two-way-language-learning")
                        .with(user(analyst()))
                        .exchange()))
                .contains("History")
                .contains("loaded from practice/seed-practices.yaml")
                .contains("Retire this practice");
    }

    @Test
    void proposalsAreHiddenFromThePublicAndAnalystsDecide() throws Exception {
        CurrentUser coordinator =
                accounts.find("coordinator.valmonte@example.org").orElseThrow();
        Practice proposed =
                catalogue.propose(content("Proposal " + uniqueWord(), "Valmonte", "Italy", "language"), coordinator);
        String url = "/practices/" + proposed.slug();
        assertThat(mvc.get().uri(url).exchange()).hasStatus(404);
        assertThat(html(mvc.get().uri(url).with(user(coordinator())).exchange()))
                .contains("This proposal waits for an analyst&#39;s decision.");
        assertThat(html(mvc.get().uri(url).with(user(analyst())).exchange())).contains("Accept the proposal");

        assertThat(mvc.post()
                        .uri("/manage/practices/" + proposed.id() + "/decline")
                        .with(user(analyst()))
                        .with(csrf())
                        .param("version", "1")
                        .param("reason", "Please add the results."))
                .hasRedirectedUrl(url);
        assertThat(html(mvc.get().uri(url).with(user(coordinator())).exchange()))
                .contains("This proposal was declined: Please add the results.");
        assertThat(html(mvc.get()
                        .uri("/manage/practices")
                        .with(user(coordinator()))
                        .exchange()))
                .contains("Your proposals")
                .contains(url);
    }

    @Test
    void anAnalystEditsThroughTheFormAndAMissingTitleIsExplained() throws Exception {
        Practice created = catalogue.create(content("Form test " + uniqueWord(), "Lund", "Sweden", "media"), ANALYST);
        String edit = "/manage/practices/" + created.id() + "/edit";
        assertThat(html(mvc.get().uri(edit).with(user(analyst())).exchange())).contains(created.title("en"));

        String refused = html(mvc.post()
                .uri(edit)
                .with(user(analyst()))
                .with(csrf())
                .param("titleEn", "")
                .param("summaryEn", "Still a summary.")
                .param("city", "Lund")
                .param("country", "Sweden")
                .param("areas", "media")
                .param("source", "A test")
                .param("recordedOn", "2024-13-01")
                .param("version", "1")
                .exchange());
        assertThat(refused)
                .contains("The practice was not saved")
                .contains("href=\"#title_en\"")
                .contains("title_en: required")
                .contains("recorded: expected a date as YYYY-MM-DD, found &#39;2024-13-01&#39;");
        assertThat(catalogue.find(created.id()).orElseThrow().version()).isEqualTo(1);

        assertThat(mvc.post()
                        .uri(edit)
                        .with(user(analyst()))
                        .with(csrf())
                        .param("titleEn", created.title("en"))
                        .param("summaryEn", "A new summary.")
                        .param("city", "Lund")
                        .param("country", "Sweden")
                        .param("origin", "Test office")
                        .param("period", "2024")
                        .param("areas", "media", "participation")
                        .param("links", "https://example.org/practice")
                        .param("source", "Written for a test")
                        .param("recordedOn", "2024-05-01")
                        .param("version", "1"))
                .hasRedirectedUrl("/practices/" + created.slug());
        assertThat(catalogue.find(created.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(html(mvc.get()
                        .uri("/practices/" + created.slug())
                        .with(user(analyst()))
                        .exchange()))
                .contains("A new summary.")
                .contains("<td>summary, areas</td>");
    }

    @Test
    void onlyAnalystsManageAndOnlyCitiesPropose() throws Exception {
        assertThat(mvc.get().uri("/manage/practices").exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/manage/practices/new")
                        .with(user(coordinator()))
                        .exchange())
                .hasStatus(403);
        assertThat(html(mvc.get()
                        .uri("/manage/practices/propose")
                        .with(user(coordinator()))
                        .exchange()))
                .contains("Propose a practice");
        assertThat(mvc.post()
                        .uri("/manage/recommendations/valmonte/2023")
                        .with(user(coordinator()))
                        .with(csrf())
                        .param("action", "drop")
                        .param("area", "commitment")
                        .param("practice", "1"))
                .hasStatus(403);
    }

    @Test
    void recommendationsArePublicAndAnalystsGetTheControls() throws Exception {
        String html = page("/practices/recommendations/valmonte");
        assertThat(html)
                .contains("Suggested practices for Valmonte")
                .contains("Commitment: 29")
                .contains("Torrenza: 99 in Commitment")
                .contains("Why this practice")
                .doesNotContain("Move up");
        assertThat(html(mvc.get()
                        .uri("/practices/recommendations/valmonte")
                        .with(user(analyst()))
                        .exchange()))
                .contains("Move up")
                .contains("Pin another practice of this area");
        assertThat(page("/practices/recommendations/savograd")).contains("no practice to suggest");
    }

    @Test
    void theLeadSaysForTheCityWhatItWasMeasuredAgainstAndItsWeakestAreas() throws Exception {
        assertThat(page("/practices/recommendations/valmonte"))
                .contains("Valmonte is a fictional city of the demo data: its areas are measured against the means of"
                        + " its comparison groups in the demo sample of")
                .containsPattern("weakest area first: [^.]*Commitment \\(29\\)[^.]* and \\d+ other areas\\.");
        String ansan = page("/practices/recommendations/ansan");
        assertThat(ansan)
                .contains("Ansan is a real city: its areas are measured against the sample averages published with"
                        + " its own 2020 report")
                .contains("never against the demo data")
                .contains("Round 2020 (icc-2019).")
                .doesNotContain("demo sample of");
        // an analyst is not offered a fictional practice to pin for a real city either
        assertThat(html(mvc.get()
                        .uri("/practices/recommendations/ansan")
                        .with(user(analyst()))
                        .exchange()))
                .contains("Move up")
                .doesNotContain("Torrenza:", "Zlatnica:", "Altmarsberg:", "Savograd:");
        assertThat(mvc.get().uri("/practices/recommendations/atlantis").exchange())
                .hasStatus(404);
    }
}
