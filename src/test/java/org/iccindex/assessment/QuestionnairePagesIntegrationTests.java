package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.definition.QuestionCode;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The questionnaire pages over HTTP with the demo data: Valmonte's draft round, its coordinator, the coordinator of
 * another fictional city and the analyst.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class QuestionnairePagesIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    Accounts accounts;

    @Autowired
    Rounds rounds;

    UserDetails coordinator;
    UserDetails stranger;
    UserDetails analyst;
    long draft;

    @BeforeEach
    void people() {
        coordinator = people.loadUserByUsername("coordinator.valmonte@example.org");
        stranger = people.loadUserByUsername("coordinator.rivermouth@example.org");
        analyst = people.loadUserByUsername("analyst@example.org");
        CurrentUser valmonte = accounts.find("coordinator.valmonte@example.org").orElseThrow();
        draft = rounds.visibleTo(valmonte).stream()
                .filter(r -> r.status() == Round.Status.DRAFT)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private int version(String question) {
        CurrentUser valmonte = accounts.find("coordinator.valmonte@example.org").orElseThrow();
        return rounds.contents(draft, valmonte)
                .answer(new QuestionCode(question))
                .orElseThrow()
                .version();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyPageAndActionOfARoundIsNotFoundForAnotherCitysCoordinator() {
        String r = "/rounds/" + draft;
        List<String> pages = List.of(
                r,
                r + "/areas/profile",
                r + "/review",
                r + "/confirm/submit",
                r + "/workbook.xlsx",
                r + "/answers.json");
        for (String page : pages) {
            assertThat(mvc.get().uri(page).with(user(stranger))).as(page).hasStatus(404);
            assertThat(mvc.get().uri(page).with(user(coordinator))).as(page).hasStatus(200);
            assertThat(mvc.get().uri(page).with(user(analyst))).as(page).hasStatus(200);
        }
        List<String> actions = List.of(
                r + "/answers/profile.structure",
                r + "/answers/profile.structure/confirm",
                r + "/areas/profile/confirm",
                r + "/answers/profile.structure/links",
                r + "/answers/profile.structure/queries",
                r + "/submit",
                r + "/validate",
                r + "/publish",
                r + "/return",
                r + "/workbook",
                r + "/answers-file");
        for (String action : actions) {
            assertThat(mvc.post()
                            .uri(action)
                            .with(user(stranger))
                            .with(csrf())
                            .param("version", "0")
                            .param("value", "x")
                            .param("url", "https://example.org")
                            .param("text", "x"))
                    .as(action)
                    .hasStatus(404);
        }
        assertThat(body(mvc.get().uri("/rounds").with(user(stranger)).exchange()))
                .doesNotContain("/rounds/" + draft + "\"");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/rounds")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/rounds/" + draft + "/areas/profile")).hasStatus3xxRedirection();
    }

    @Test
    void withoutJavaScriptAnAnswerSavesThroughAPlainFormPost() {
        MvcTestResult saved = mvc.post()
                .uri("/rounds/" + draft + "/answers/profile.structure")
                .with(user(coordinator))
                .with(csrf())
                .param("value", "Six districts since the 2025 reform")
                .param("evidenceNote", "Statute of 2025")
                .param("version", String.valueOf(version("profile.structure")))
                .exchange();
        assertThat(saved).hasRedirectedUrl("/rounds/" + draft + "/areas/profile#q-profile-structure");
        String page = body(mvc.get()
                .uri("/rounds/" + draft + "/areas/profile")
                .with(user(coordinator))
                .exchange());
        assertThat(page).contains("Six districts since the 2025 reform").contains("Statute of 2025");
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedWithBothVersionsOnThePage() {
        int version = version("profile.gdp_per_capita");
        assertThat(mvc.post()
                        .uri("/rounds/" + draft + "/answers/profile.gdp_per_capita")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("value", "31200")
                        .param("version", String.valueOf(version)))
                .hasStatus3xxRedirection();
        MvcTestResult stale = mvc.post()
                .uri("/rounds/" + draft + "/answers/profile.gdp_per_capita")
                .with(user(people.loadUserByUsername("contributor.valmonte@example.org")))
                .with(csrf())
                .param("value", "30400")
                .param("version", String.valueOf(version))
                .exchange();
        assertThat(stale).hasStatus(409);
        assertThat(body(stale))
                .contains("Not saved: someone else saved this answer")
                .containsPattern("Their version, saved by [^<]+ on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d CES?T")
                .contains("31200")
                .contains("30400")
                .contains("Save my version instead");
        assertThat(version("profile.gdp_per_capita")).isEqualTo(version + 1);
    }

    @Test
    void withHtmxASaveAnswersWithThePiecesOfThePageItUpdates() {
        MvcTestResult saved = mvc.post()
                .uri("/rounds/" + draft + "/answers/profile.refugees")
                .header("HX-Request", "true")
                .with(user(coordinator))
                .with(csrf())
                .param("value", "1500")
                .param("version", String.valueOf(version("profile.refugees")))
                .exchange();
        assertThat(saved).hasStatusOk();
        assertThat(body(saved))
                .doesNotContain("<html")
                .contains("id=\"status-q-profile-refugees\"")
                .contains("hx-swap-oob=\"true\"")
                .contains("Saved.")
                .contains("id=\"area-progress\"");
        MvcTestResult invalid = mvc.post()
                .uri("/rounds/" + draft + "/answers/profile.non_nationals")
                .header("HX-Request", "true")
                .with(user(coordinator))
                .with(csrf())
                .param("value", "140")
                .param("version", String.valueOf(version("profile.non_nationals")))
                .exchange();
        assertThat(body(invalid))
                .contains("a percentage lies between 0 and 100")
                .doesNotContain("Saved.");
    }

    @Test
    void evidenceFilesAreServedAsDownloadsThatBrowsersMayNotSniff() {
        byte[] pdf = "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(mvc.post()
                        .multipart()
                        .uri("/rounds/" + draft + "/answers/commitment.strategy/files")
                        .file(new MockMultipartFile("file", "strategy <draft>.pdf", "text/html", pdf))
                        .with(user(coordinator))
                        .with(csrf()))
                .hasRedirectedUrl("/rounds/" + draft + "/areas/commitment#q-commitment-strategy");
        CurrentUser valmonte = accounts.find("coordinator.valmonte@example.org").orElseThrow();
        Evidence file = evidence.of(draft, valmonte).stream()
                .filter(e -> e.kind() == Evidence.Kind.FILE)
                .reduce((a, b) -> b)
                .orElseThrow();
        MvcTestResult download = mvc.get()
                .uri("/rounds/" + draft + "/evidence/" + file.id())
                .with(user(analyst))
                .exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);

        MvcTestResult refused = mvc.post()
                .multipart()
                .uri("/rounds/" + draft + "/answers/commitment.strategy/files")
                .file(new MockMultipartFile(
                        "file", "page.html", "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8)))
                .with(user(coordinator))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus3xxRedirection();
        assertThat(refused.getMvcResult().getFlashMap().get("flashMessage"))
                .asString()
                .contains("File refused: page.html");
    }

    @Autowired
    EvidenceRecords evidence;

    @Test
    void theWorkbookDownloadsAsXlsxAndABadUploadListsItsProblemsAndSavesNothing() {
        MvcTestResult workbook = mvc.get()
                .uri("/rounds/" + draft + "/workbook.xlsx")
                .with(user(coordinator))
                .exchange();
        assertThat(workbook.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(workbook.getResponse().getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("valmonte-2026-icc-2019.xlsx");
        MvcTestResult upload = mvc.post()
                .multipart()
                .uri("/rounds/" + draft + "/workbook")
                .file(new MockMultipartFile(
                        "file", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)))
                .with(user(coordinator))
                .with(csrf())
                .exchange();
        assertThat(upload).hasStatus(422);
        assertThat(body(upload))
                .contains("notes.txt: rejected, 1 problem. Nothing was saved.")
                .contains("not an Excel workbook (.xlsx)");
    }

    /** Every line "code = label" of the workbook's "How to answer" cells, in the language asked for. */
    private List<String> optionLines(String lang) throws Exception {
        byte[] bytes = mvc.get()
                .uri("/rounds/" + draft + "/workbook.xlsx?lang=" + lang)
                .with(user(coordinator))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            cell.getStringCellValue()
                                    .lines()
                                    .filter(l -> l.matches("[a-z0-9_]+ =.*"))
                                    .forEach(lines::add);
                        }
                    }
                }
            }
        }
        return lines;
    }

    @Test
    void theWorkbookGivesTheLabelOfEveryOptionYesAndNoIncluded() throws Exception {
        List<String> english = optionLines("en");
        assertThat(english)
                .contains("yes = Yes", "no = No")
                .allSatisfy(l -> assertThat(l).doesNotEndWith("="));
        List<String> french = optionLines("fr");
        assertThat(french)
                .contains("yes = Oui", "no = Non")
                .allSatisfy(l -> assertThat(l).doesNotEndWith("="));
    }

    @Test
    void aRefusedSubmitComesBackToItsConfirmationPageListingTheBlockingQuestions() {
        MvcTestResult page = mvc.get()
                .uri("/rounds/" + draft + "/confirm/submit")
                .with(user(coordinator))
                .exchange();
        assertThat(body(page))
                .contains("id=\"blocked-reason\"")
                .containsPattern(
                        "<button type=\"submit\"[^>]*aria-describedby=\"blocked-reason\"[^>]*disabled=\"disabled\"");

        MvcTestResult refused = mvc.post()
                .uri("/rounds/" + draft + "/submit")
                .with(user(coordinator))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(409);
        String html = body(refused);
        assertThat(html)
                .contains("The round cannot be submitted yet")
                .contains("/rounds/" + draft + "/areas/")
                .contains("blocker-list")
                .doesNotContain(">Sign in<")
                .contains(accounts.find("coordinator.valmonte@example.org")
                        .orElseThrow()
                        .displayName());
        assertThat(html).doesNotContainPattern(">[a-z_]+\\.[a-z_]+<"); // no raw question codes
    }
}
