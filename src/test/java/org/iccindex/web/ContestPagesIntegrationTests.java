package org.iccindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.Fixture;
import org.iccindex.assessment.ReviewRequests;
import org.iccindex.assessment.Round;
import org.iccindex.assessment.RoundFiles;
import org.iccindex.assessment.RoundWorkflow;
import org.iccindex.assessment.Rounds;
import org.iccindex.city.CityRepository;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The pages of contesting a published result, in French and English at each stage (no request, open, declined,
 * correction under way), and the form's refusals as the coordinator meets them.
 */
@OnH2
@AutoConfigureMockMvc
class ContestPagesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    CityRepository cities;

    @Autowired
    Accounts accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    RoundFiles files;

    @Autowired
    RoundWorkflow workflow;

    @Autowired
    ReviewRequests requests;

    private MockHttpServletResponse get(String path, CurrentUser who, String lang) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                        .param("lang", lang)
                        .with(user(details.loadUserByUsername(who.username()))))
                .andReturn()
                .getResponse();
    }

    /** The page's visible text in French, checked by the rules of {@link FrenchPagesIntegrationTests}. */
    private String french(String path, CurrentUser who) throws Exception {
        MockHttpServletResponse response = get(path, who, "fr");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        // names are data: a random one ending in "de" reads as "de le" before " le 2026-..."
        String text = FrenchPagesIntegrationTests.visibleText(response.getContentAsString(StandardCharsets.UTF_8))
                .replaceAll("(Coordinator|Analyst|Testville|Otherton) [0-9a-f]{8}", "Marie");
        assertThat(FrenchPagesIntegrationTests.check(text)).as(path).isEmpty();
        return text;
    }

    private long published(Fixture f) {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        files.uploadAnswers(round.id(), "answers.yaml", Fixture.valmonteAnswersWithout(List.of()), f.coordinator());
        workflow.submit(round.id(), f.coordinator());
        workflow.validate(round.id(), f.analyst());
        return workflow.publish(round.id(), f.analyst()).id();
    }

    @Test
    void everyStageOfARequestReadsAsFrench() throws Exception {
        Fixture f = Fixture.create(cities, accounts);
        long id = published(f);
        String page = "/rounds/" + id + "/requests";

        assertThat(french(page, f.coordinator()))
                .contains("Demander le réexamen du résultat publié")
                .contains("Aucune demande de réexamen pour ce cycle.");
        assertThat(french("/rounds/" + id, f.coordinator()))
                .contains("Demandes de réexamen")
                .contains("Vous contestez un score publié ? Demandez un réexamen");

        requests.request(
                id,
                new ReviewRequests.Ask(List.of("education"), "Notre politique scolaire a été oubliée", "", ""),
                f.coordinator());
        assertThat(french(page, f.analyst()))
                .contains("En attente d’une décision")
                .contains("Accepter et ouvrir une correction");
        assertThat(french("/rounds", f.analyst())).contains("réexamen demandé");
        requests.decline(id, "La décision est postérieure à la date limite", f.analyst());
        assertThat(french(page, f.coordinator()))
                .contains("Refusée")
                .contains("Motif du refus")
                .contains("La décision est postérieure à la date limite");

        requests.request(
                id,
                new ReviewRequests.Ask(List.of("education"), "Nouvelle pièce : la délibération 31", "", ""),
                f.coordinator());
        requests.accept(id, f.analyst());
        assertThat(french(page, f.coordinator())).contains("Acceptée : correction en cours");
        assertThat(french("/rounds/" + id, f.coordinator()))
                .contains("En cours de correction")
                .contains("Correction en cours après l’acceptation d’une demande de réexamen");
        assertThat(french("/rounds/" + id + "/areas/business", f.coordinator()))
                .contains("ne fait pas partie de la correction en cours");
        // the contested area holds the city's own evidence notes (data in English): only the page's words are checked
        assertThat(get("/rounds/" + id + "/areas/education", f.coordinator(), "fr")
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("seuls ces domaines peuvent changer")
                .contains("answer-form");
    }

    /** An upload that would change an area outside the correction comes back to the upload page, naming each. */
    @Test
    void anUploadOutsideTheContestedAreasIsListedOnTheUploadPage() throws Exception {
        Fixture f = Fixture.create(cities, accounts);
        long id = published(f);
        requests.request(
                id,
                new ReviewRequests.Ask(List.of("education"), "School mixing was left out", "", ""),
                f.coordinator());
        requests.accept(id, f.analyst());
        byte[] changed = new String(Fixture.valmonteAnswersWithout(List.of()), StandardCharsets.UTF_8)
                .replace("business.employers: programme", "business.employers: none")
                .getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.multipart(
                                "/rounds/" + id + "/answers-file")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "changed.yaml", "application/yaml", changed))
                        .with(csrf())
                        .with(user(details.loadUserByUsername(f.coordinator().username()))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("changed.yaml")
                .contains("question &#39;business.employers&#39; would change, but only the contested areas"
                        + " (&#39;education&#39;) change in this correction");
    }

    @Test
    void aRefusedRequestSaysWhyAndSavesNothing() throws Exception {
        Fixture f = Fixture.create(cities, accounts);
        long draft = rounds.start(f.coordinator(), f.city().id(), 2024).id();
        MockHttpServletResponse unpublished = post(draft, f.coordinator(), "education", "Trop bas");
        assertThat(unpublished.getStatus()).isEqualTo(409);
        assertThat(unpublished.getContentAsString(StandardCharsets.UTF_8))
                .contains("This is not possible in the round&#39;s current status.");
        assertThat(requests.of(draft, f.coordinator())).isEmpty();
        assertThat(get("/rounds/" + draft + "/requests", f.coordinator(), "en")
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("A review request concerns a published round")
                .doesNotContain("send-request");

        Fixture g = Fixture.create(cities, accounts);
        long id = published(g);
        MockHttpServletResponse noArea = post(id, g.coordinator(), null, "Too low");
        assertThat(noArea.getStatus()).isEqualTo(409);
        // back on the form, with the reason as typed and the refusal above it
        assertThat(noArea.getContentAsString(StandardCharsets.UTF_8))
                .contains("Choose one or more areas")
                .contains("The request was not sent:")
                .contains(">Too low</textarea>")
                .contains("send-request");
        MockHttpServletResponse noReason = post(id, g.coordinator(), "education", "");
        assertThat(noReason.getStatus()).isEqualTo(409);
        assertThat(noReason.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"request-refused\"")
                .containsPattern("id=\"area-education\"[^>]*checked");
        assertThat(post(id, g.contributor(), "education", "Too low").getStatus())
                .isEqualTo(403);
        assertThat(post(id, f.coordinator(), "education", "Too low").getStatus())
                .isEqualTo(404);
        assertThat(requests.of(id, g.coordinator())).isEmpty();

        MockHttpServletResponse sent = post(id, g.coordinator(), "education", "Too low");
        assertThat(sent.getRedirectedUrl()).isEqualTo("/rounds/" + id + "/requests");
        assertThat(requests.of(id, g.coordinator())).hasSize(1);
        assertThat(post(id, g.coordinator(), "business", "Again").getStatus()).isEqualTo(409);
        assertThat(requests.of(id, g.coordinator())).hasSize(1);
    }

    private MockHttpServletResponse post(long roundId, CurrentUser who, String area, String reason) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/rounds/" + roundId + "/requests")
                .param("reason", reason)
                .with(csrf())
                .with(user(details.loadUserByUsername(who.username())));
        if (area != null) {
            request.param("areas", area);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
