package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.iccindex.account.Accounts;
import org.iccindex.benchmark.Metric;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.AreaCode;
import org.iccindex.planning.Plan;
import org.iccindex.planning.WhatIf;
import org.iccindex.scoring.Rounding;
import org.iccindex.support.Browser;
import org.iccindex.support.NeedsBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Where can we improve?" as a coordinator uses it, in headless Chromium. */
@NeedsBrowser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:improve-${random.uuid};DB_CLOSE_DELAY=-1",
            "icc.demo.enabled=false"
        })
class ImproveBrowserIntegrationTests {
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

    @Test
    void aCoordinatorAsksForAPlanAndFollowsItsFirstStepToTheQuestion() {
        Fixture f = Fixture.create(cities, accounts);
        Round round = rounds.start(f.coordinator(), f.city().id(), 2025);
        assertThat(files.uploadAnswers(
                                round.id(), "answers.yaml", Fixture.valmonteAnswersWithout(List.of()), f.coordinator())
                        .saved())
                .isTrue();
        RoundContents contents = rounds.contents(round.id(), f.coordinator());
        Metric commitment = Metric.area(new AreaCode("commitment"));
        double now = WhatIf.value(
                        org.iccindex.scoring.Scorer.score(contents.definition(), contents.answerSet()), commitment)
                .getAsDouble();
        int target = Math.min(100, Rounding.whole(now) + 20);
        Plan expected = WhatIf.plan(contents.definition(), contents.answerSet(), commitment, target);

        ChromeDriver city = Browser.open();
        try {
            signIn(city, f.coordinator().username());
            city.get(url("/rounds/" + round.id()));
            city.findElement(By.linkText("Where can we improve?")).click();
            assertThat(city.findElement(By.tagName("h2")).getText()).isEqualTo("Where can we improve?");
            // the default score is the aggregate, with its largest gains listed
            assertThat(city.findElements(By.cssSelector(".improve-table tbody tr")))
                    .isNotEmpty();

            new Select(city.findElement(By.id("metric"))).selectByValue("commitment");
            city.findElement(By.id("target")).sendKeys(String.valueOf(target));
            city.findElement(By.cssSelector(".improve-form button[type=submit]"))
                    .click();

            WebElement plan = new WebDriverWait(city, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
            assertThat(plan.getText())
                    .contains("A plan to bring Commitment to " + target)
                    .contains("From " + Rounding.whole(now) + " to " + Rounding.whole(expected.end()) + " with these "
                            + expected.steps().size() + " changes");
            List<WebElement> steps = plan.findElements(By.cssSelector("ol.plan-steps li"));
            assertThat(steps).hasSize(expected.steps().size());
            String firstQuestion = expected.steps().get(0).change().question().value();
            String anchor = "q-" + firstQuestion.replaceAll("[^a-z0-9]+", "-");

            steps.get(0).findElement(By.tagName("a")).click();
            new WebDriverWait(city, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#" + anchor));
            assertThat(city.findElement(By.id(anchor)).isDisplayed()).isTrue();

            // a target out of range is named, next to the field
            city.get(url("/rounds/" + round.id() + "/improve?metric=lens&target=140"));
            assertThat(city.findElement(By.id("target-problem")).getText())
                    .isEqualTo("A target is a whole number between 0 and 100.");
        } finally {
            city.quit();
        }
    }
}
