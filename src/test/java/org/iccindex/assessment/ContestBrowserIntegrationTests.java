package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.iccindex.account.Accounts;
import org.iccindex.city.CityRepository;
import org.iccindex.support.Browser;
import org.iccindex.support.NeedsBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Contesting a published result as people do it, in headless Chromium: the coordinator asks for a review of one area,
 * the analyst accepts, the city corrects that area's answer and resubmits, the analyst validates and publishes, and
 * the public city page says the result was corrected, without the private request.
 */
@NeedsBrowser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:contest-${random.uuid};DB_CLOSE_DELAY=-1",
            "icc.demo.enabled=false"
        })
class ContestBrowserIntegrationTests {
    private static final String REASON = "Our school mixing programme was adopted in 2022 and is missing";

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

    @Autowired
    RoundWorkflow workflow;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(WebDriver browser, String username) {
        BrowserSession.signIn(browser, port, username);
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return BrowserSession.waiting(browser);
    }

    private static void shows(WebDriver browser, String text) {
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    private static void confirmStep(WebDriver browser, String link, String done) {
        browser.findElement(By.linkText(link)).click();
        waiting(browser).until(ExpectedConditions.urlContains("/confirm/"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        shows(browser, done);
    }

    @Test
    void aReviewRequestGoesFromTheCoordinatorsRequestToTheCorrectedPublication() throws IOException {
        Fixture f = Fixture.create(cities, accounts);
        Round round = rounds.start(f.coordinator(), f.city().id(), 2025);
        assertThat(files.uploadAnswers(
                                round.id(), "answers.yaml", Fixture.valmonteAnswersWithout(List.of()), f.coordinator())
                        .saved())
                .isTrue();
        workflow.submit(round.id(), f.coordinator());
        workflow.validate(round.id(), f.analyst());
        workflow.publish(round.id(), f.analyst());
        String r = "/rounds/" + round.id();
        String cityPage = "/cities/" + f.city().slug().value();
        Path pdf = Files.createTempFile("decision", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% council decision 31/2022\n".getBytes(StandardCharsets.US_ASCII));

        ChromeDriver city = Browser.open();
        ChromeDriver analyst = Browser.open();
        ChromeDriver visitor = Browser.open();
        try {
            visitor.get(url(cityPage));
            assertThat(visitor.findElement(By.tagName("main")).getText()).doesNotContain("corrected on");

            // the coordinator asks for a review of the education score
            signIn(city, f.coordinator().username());
            city.get(url(r));
            city.findElement(By.linkText("Review requests")).click();
            waiting(city).until(ExpectedConditions.urlContains("/requests"));
            city.findElement(By.cssSelector("label[for='area-education']")).click();
            city.findElement(By.id("request-reason")).sendKeys(REASON);
            city.findElement(By.id("request-note")).sendKeys("Council decision 31/2022");
            city.findElement(By.id("request-link")).sendKeys("https://example.org/decision-31");
            city.findElement(By.id("request-file")).sendKeys(pdf.toString());
            city.findElement(By.id("send-request")).click();
            shows(city, "Your review request is sent");
            assertThat(city.findElement(By.cssSelector(".request")).getText())
                    .contains("Waiting for a decision")
                    .contains(REASON);
            assertThat(city.findElements(By.id("send-request"))).isEmpty();

            // the analyst accepts: the round is reopened for the education area only
            signIn(analyst, f.analyst().username());
            analyst.get(url("/rounds"));
            analyst.findElement(By.cssSelector("a.request-open")).click();
            waiting(analyst).until(ExpectedConditions.urlContains(r + "/requests"));
            assertThat(analyst.findElement(By.cssSelector(".request")).getText())
                    .contains(REASON)
                    .contains("Council decision 31/2022")
                    .contains("https://example.org/decision-31");
            assertThat(analyst.findElement(By.cssSelector("a.request-file")).getText())
                    .isEqualTo(pdf.getFileName().toString());
            analyst.findElement(By.id("accept-request")).click();
            shows(analyst, "The request is accepted");
            assertThat(analyst.findElement(By.cssSelector("h1 .status")).getText())
                    .isEqualTo("Being corrected");

            // the public still sees the published result
            visitor.navigate().refresh();
            assertThat(visitor.findElement(By.tagName("main")).getText()).doesNotContain("corrected on");

            // the city corrects the contested answer; another area stays as published
            city.get(url(r + "/areas/business"));
            assertThat(city.findElement(By.tagName("main")).getText()).contains("not part of the correction under way");
            assertThat(city.findElements(By.cssSelector("form.answer-form"))).isEmpty();
            city.get(url(r + "/areas/education"));
            assertThat(city.findElement(By.id("correcting")).getText()).contains("Education");
            city.findElement(By.cssSelector("label[for='q-education-school-mixing-yes']"))
                    .click();
            waiting(city)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("status-q-education-school-mixing"), "Saved."));
            city.get(url(r));
            confirmStep(city, "Submit for review", "The round is submitted");

            // the analyst validates and publishes the correction
            analyst.get(url(r));
            confirmStep(analyst, "Validate", "The round is validated");
            confirmStep(analyst, "Publish", "The round is published");
            analyst.get(url(r + "/requests"));
            assertThat(analyst.findElement(By.cssSelector(".request")).getText())
                    .contains("Corrected");

            // the public page says the result was corrected and lists both versions, not the private request
            visitor.get(url(cityPage));
            String page = visitor.findElement(By.tagName("main")).getText();
            assertThat(page)
                    .contains("This result was corrected on " + LocalDate.now())
                    .contains("First publication")
                    .contains("Correction (current)")
                    .doesNotContain(REASON)
                    .doesNotContain("Council decision 31/2022");
            assertThat(visitor.getPageSource()).doesNotContain("decision-31");
            visitor.get(url("/api/v1/cities/" + f.city().slug().value() + "/rounds/2025"));
            assertThat(visitor.getPageSource())
                    .contains("\"correctedOn\":\"" + LocalDate.now() + "\"")
                    .doesNotContain(REASON);
        } finally {
            city.quit();
            analyst.quit();
            visitor.quit();
            Files.deleteIfExists(pdf);
        }
    }
}
