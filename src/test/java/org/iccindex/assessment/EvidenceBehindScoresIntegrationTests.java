package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.EvidenceCoverage;
import org.iccindex.scoring.QuestionScoring;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Evidence behind the scores of Valmonte's draft round, as its coordinator sees it on the round page and the
 * analyst in review: attaching a link to an answer that earns points without evidence moves exactly its points.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class EvidenceBehindScoresIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    Accounts accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    EvidenceBehindScores evidence;

    @Autowired
    EvidenceRecords records;

    private String page(String uri, String who) throws Exception {
        return mvc.get()
                .uri(uri)
                .with(user(people.loadUserByUsername(who)))
                .locale(Locale.ENGLISH)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aLinkOnAnAnswerWithoutEvidenceAddsItsPointsToTheSupportedShare() throws Exception {
        CurrentUser coordinator =
                accounts.find("coordinator.valmonte@example.org").orElseThrow();
        long draft = rounds.visibleTo(coordinator).stream()
                .filter(r -> r.status() == Round.Status.DRAFT)
                .findFirst()
                .orElseThrow()
                .id();
        RoundContents contents = rounds.contents(draft, coordinator);
        EvidenceCoverage before = evidence.of(draft, coordinator);
        EvidenceCoverage.Area area = before.areas().values().stream()
                .filter(a -> !a.unsupported().isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo draft has no answer earning points without evidence"));
        QuestionCode lacking = area.unsupported().get(0);
        Question question = contents.definition().question(lacking).orElseThrow();
        int points = QuestionScoring.score(
                        question, contents.answer(lacking).orElseThrow().state().answer())
                .earned();
        assertThat(points).isPositive();

        String review = page("/rounds/" + draft + "/review", "analyst@example.org");
        String anchor = "/rounds/" + draft + "/areas/" + area.code().value() + "#q-"
                + lacking.value().replaceAll("[^a-z0-9]+", "-");
        assertThat(review).contains("Points without evidence").contains(anchor);
        String overview = page("/rounds/" + draft, "coordinator.valmonte@example.org");
        assertThat(overview)
                .contains("Evidence behind the points")
                .contains(EvidenceBehindScores.percent(area.share()).orElseThrow() + " %");
        assertThat(page("/rounds/" + draft + "/areas/" + area.code().value(), "coordinator.valmonte@example.org"))
                .contains("Evidence behind "
                        + EvidenceBehindScores.percent(area.share()).orElseThrow() + " % of the points earned here ("
                        + area.supported() + " of " + area.earned() + ")");

        records.addLink(draft, lacking, "https://example.org/valmonte/council-minutes", "Council minutes", coordinator);

        EvidenceCoverage.Area after = evidence.of(draft, coordinator).areas().get(area.code());
        assertThat(after.earned()).isEqualTo(area.earned());
        assertThat(after.supported()).isEqualTo(area.supported() + points);
        assertThat(after.unsupported()).doesNotContain(lacking);
        assertThat(page("/rounds/" + draft + "/review", "analyst@example.org")).doesNotContain(anchor);
    }
}
