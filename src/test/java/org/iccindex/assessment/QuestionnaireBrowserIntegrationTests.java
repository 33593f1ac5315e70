package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iccindex.account.Accounts;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.Answer;
import org.iccindex.support.Browser;
import org.iccindex.support.NeedsBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The questionnaire as people use it, in headless Chromium: answering, submitting, reviewing, publishing, conflicts. */
@NeedsBrowser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1",
            "icc.demo.enabled=false"
        })
class QuestionnaireBrowserIntegrationTests {
    @LocalServerPort
    int port;

    @Autowired
    CityRepository cities;

    @Autowired
    Accounts accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    RoundFiles files;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(WebDriver browser, String username) {
        BrowserSession.signIn(browser, port, username);
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return BrowserSession.waiting(browser);
    }

    /** Waits until the answer's status says it was saved just now. */
    private static void saved(WebDriver browser, String anchor) {
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-" + anchor), "Saved."));
    }

    /** Waits until the page shows {@code text} (a form post has been answered). */
    private static void shows(WebDriver browser, String text) {
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text, Keys.TAB); // leaving the field fires "change"
    }

    @Test
    void aCoordinatorAnswersAndSubmitsThenAnAnalystReviewsValidatesAndPublishes() throws IOException {
        Fixture f = Fixture.create(cities, accounts);
        Round round = rounds.start(f.coordinator(), f.city().id(), 2025);
        List<String> left = List.of(
                "profile.population",
                "profile.non_nationals",
                "profile.main_nationalities",
                "commitment.strategy",
                "commitment.consultation",
                "commitment.budget");
        assertThat(files.uploadAnswers(round.id(), "most.yaml", Fixture.valmonteAnswersWithout(left), f.coordinator())
                        .saved())
                .isTrue();
        Path pdf = Files.createTempFile("register", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% population register extract\n".getBytes(StandardCharsets.US_ASCII));
        String r = "/rounds/" + round.id();

        ChromeDriver city = Browser.open();
        ChromeDriver analyst = Browser.open();
        try {
            signIn(city, f.coordinator().username());
            city.get(url(r + "/areas/profile"));
            type(city, "q-profile-population-value", "250 000");
            saved(city, "q-profile-population");
            type(city, "q-profile-non-nationals-value", "11,5");
            saved(city, "q-profile-non-nationals");
            type(city, "q-profile-population-note", "Population register, 1 January 2025");
            waiting(city)
                    .until(d -> d.findElement(By.id("history-q-profile-population"))
                            .getText()
                            .contains("(2)"));
            city.findElement(By.id("q-profile-population-file")).sendKeys(pdf.toString());
            city.findElement(By.cssSelector("#q-profile-population form[enctype] button"))
                    .click();
            shows(city, pdf.getFileName().toString());
            type(city, "q-profile-population-url", "https://example.org/register");
            city.findElement(By.cssSelector("#q-profile-population-url ~ button"))
                    .click();
            shows(city, "https://example.org/register");

            city.get(url(r + "/areas/commitment"));
            city.findElement(By.cssSelector("label[for='q-commitment-strategy-adopted']"))
                    .click();
            saved(city, "q-commitment-strategy");
            city.findElement(By.cssSelector("label[for='q-commitment-consultation-ngos']"))
                    .click();
            city.findElement(By.cssSelector("label[for='q-commitment-consultation-migrant-associations']"))
                    .click();
            waiting(city)
                    .until(d -> rounds.contents(round.id(), f.coordinator())
                            .answer(new QuestionCode("commitment.consultation"))
                            .orElseThrow()
                            .state()
                            .answer()
                            .filter(a -> a.equals(new Answer.Choices(java.util.Set.of("ngos", "migrant_associations"))))
                            .isPresent());

            // reloaded, the pages show everything that was entered
            city.navigate().refresh();
            assertThat(city.findElement(By.id("q-commitment-strategy-adopted")).isSelected())
                    .isTrue();
            assertThat(city.findElement(By.id("q-commitment-consultation-ngos")).isSelected())
                    .isTrue();
            assertThat(city.findElement(By.id("q-commitment-consultation-migrant-associations"))
                            .isSelected())
                    .isTrue();
            city.get(url(r + "/areas/profile"));
            assertThat(city.findElement(By.id("q-profile-population-value")).getAttribute("value"))
                    .isEqualTo("250000");
            assertThat(city.findElement(By.id("q-profile-non-nationals-value")).getAttribute("value"))
                    .isEqualTo("11.5");
            assertThat(city.findElement(By.id("q-profile-population-note")).getAttribute("value"))
                    .isEqualTo("Population register, 1 January 2025");
            String evidence = city.findElement(By.cssSelector("#q-profile-population .evidence"))
                    .getText();
            assertThat(evidence).contains(pdf.getFileName().toString()).contains("https://example.org/register");

            // the overview lists what is still missing, with links to it
            city.get(url(r));
            List<WebElement> missing = city.findElements(By.cssSelector("#missing li a"));
            assertThat(missing)
                    .extracting(WebElement::getText)
                    .hasSize(2)
                    .anySatisfy(t -> assertThat(t).contains("largest groups of foreign origin"));
            city.get(url(r + "/confirm/submit"));
            assertThat(city.findElement(By.cssSelector("main .error")).getText())
                    .contains("2 mandatory answers missing");
            city.findElement(By.partialLinkText("specific budget")).click();
            waiting(city).until(ExpectedConditions.urlContains("/areas/commitment#q-commitment-budget"));
            city.findElement(By.cssSelector("label[for='q-commitment-budget-yes']"))
                    .click();
            saved(city, "q-commitment-budget");
            city.get(url(r + "/areas/profile"));
            type(city, "q-profile-main-nationalities-value", "Country A 30 %, Country B 12 %");
            saved(city, "q-profile-main-nationalities");

            city.get(url(r));
            assertThat(city.findElement(By.cssSelector("main")).getText())
                    .contains("Every mandatory question is answered");
            city.findElement(By.linkText("Submit for review")).click();
            waiting(city).until(ExpectedConditions.urlContains("/confirm/submit"));
            city.findElement(By.cssSelector("main form button[type=submit]")).click();
            shows(city, "The round is submitted");
            assertThat(city.findElement(By.cssSelector("h1 .status")).getText()).isEqualTo("Submitted");

            // the analyst raises a query, the city replies, the analyst resolves it, validates and publishes
            signIn(analyst, f.analyst().username());
            analyst.get(url(r + "/areas/commitment"));
            analyst.findElement(By.cssSelector("#q-commitment-strategy details.raise summary"))
                    .click();
            analyst.findElement(By.id("q-commitment-strategy-query")).sendKeys("Which council decision adopted it?");
            analyst.findElement(By.cssSelector("#q-commitment-strategy-query + button"))
                    .click();
            shows(analyst, "raised by " + f.analyst().displayName());
            city.get(url(r + "/review"));
            assertThat(city.findElement(By.cssSelector(".review-item")).getText())
                    .contains("Which council decision adopted it?");
            city.findElement(By.cssSelector(".review-item textarea")).sendKeys("Decision 45/2025 of 3 March.");
            city.findElement(By.cssSelector(".review-item form button")).click();
            shows(city, "Decision 45/2025 of 3 March.");
            analyst.get(url(r + "/confirm/validate"));
            assertThat(analyst.findElement(By.cssSelector("main .error")).getText())
                    .contains("still open");
            analyst.get(url(r + "/review"));
            assertThat(analyst.findElement(By.cssSelector(".review-item")).getText())
                    .contains("Decision 45/2025 of 3 March.");
            analyst.findElement(By.xpath("//button[text()='Mark resolved']")).click();
            shows(analyst, "Resolved queries (1)");
            analyst.get(url(r));
            analyst.findElement(By.linkText("Validate")).click();
            waiting(analyst).until(ExpectedConditions.urlContains("/confirm/validate"));
            analyst.findElement(By.cssSelector("main form button[type=submit]")).click();
            shows(analyst, "The round is validated");
            analyst.findElement(By.linkText("Publish")).click();
            waiting(analyst).until(ExpectedConditions.urlContains("/confirm/publish"));
            analyst.findElement(By.cssSelector("main form button[type=submit]")).click();
            shows(analyst, "The round is published");
            assertThat(analyst.findElement(By.cssSelector("h1 .status")).getText())
                    .isEqualTo("Published");

            analyst.get(url("/"));
            assertThat(analyst.findElement(By.cssSelector("table.league")).getText())
                    .contains(f.city().name());
        } finally {
            city.quit();
            analyst.quit();
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void twoPeopleEditingOneAnswerGetTheConflictWithBothVersionsKept() {
        Fixture f = Fixture.create(cities, accounts);
        Round round = rounds.start(f.coordinator(), f.city().id(), 2025);
        String page = "/rounds/" + round.id() + "/areas/profile";
        ChromeDriver first = Browser.open();
        ChromeDriver second = Browser.open();
        try {
            signIn(first, f.coordinator().username());
            signIn(second, f.contributor().username());
            first.get(url(page));
            second.get(url(page));
            type(first, "q-profile-structure-value", "Five districts");
            saved(first, "q-profile-structure");
            type(second, "q-profile-structure-value", "Seven boroughs");
            WebElement conflict = waiting(second)
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#problem-q-profile-structure .conflict")));
            assertThat(conflict.getText())
                    .contains("someone else saved this answer")
                    .contains("Five districts")
                    .contains("Seven boroughs")
                    .contains(f.coordinator().displayName());
            assertThat(second.findElement(By.id("q-profile-structure-value")).getAttribute("value"))
                    .isEqualTo("Seven boroughs");
            assertThat(stored(round, f, "profile.structure")).isEqualTo(new Answer.Text("Five districts"));

            conflict.findElement(By.xpath(".//button[text()='Save my version instead']"))
                    .click();
            saved(second, "q-profile-structure");
            assertThat(stored(round, f, "profile.structure")).isEqualTo(new Answer.Text("Seven boroughs"));
        } finally {
            first.quit();
            second.quit();
        }
    }

    private Answer stored(Round round, Fixture f, String question) {
        return rounds.contents(round.id(), f.coordinator())
                .answer(new QuestionCode(question))
                .orElseThrow()
                .state()
                .answer()
                .orElse(null);
    }
}
