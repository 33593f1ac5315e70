package org.iccindex.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.iccindex.support.Browser;
import org.iccindex.support.NeedsBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor searches the catalogue, narrows by area, opens a practice and follows its area back to the search. */
@NeedsBrowser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1",
            "icc.demo.enabled=true"
        })
class PracticeBrowserIntegrationTests {
    @LocalServerPort
    int port;

    @Test
    void aVisitorSearchesOpensAPracticeAndComesBackByItsArea() {
        WebDriver browser = Browser.open();
        try {
            browser.get("http://localhost:" + port + "/practices");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Good practices");

            browser.findElement(By.id("q")).sendKeys("mediators");
            new Select(browser.findElement(By.id("area"))).selectByVisibleText("Mediation and conflict resolution");
            Browser.clickToLoad(browser, By.cssSelector("form.search button[type=submit]"));

            assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("2 practices found");
            Browser.clickToLoad(browser, By.linkText("Bergen: municipal mediators who go out to residents"));

            assertThat(browser.getCurrentUrl()).endsWith("/practices/bergen-outreach-mediation");
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Bergen: municipal mediators who go out to residents");
            assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
                    .contains("Bergen, Norway")
                    .contains("Community Youth Outreach Unit (Utekontakten), City of Bergen");
            assertThat(browser.findElements(By.cssSelector(".practice-section h2")))
                    .extracting(e -> e.getText())
                    .containsExactly("Summary", "Purpose");

            Browser.clickToLoad(browser, By.linkText("Mediation and conflict resolution"));
            assertThat(browser.getCurrentUrl()).endsWith("/practices?area=mediation");
            assertThat(new Select(browser.findElement(By.id("area")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Mediation and conflict resolution");
            assertThat(browser.findElements(By.cssSelector(".practice-list h3 a")))
                    .extracting(e -> e.getText())
                    .contains("Bergen: a council of faith and belief communities backed by the city");

            browser.findElement(By.id("q")).sendKeys("qqqzzzx");
            Browser.clickToLoad(browser, By.cssSelector("form.search button[type=submit]"));
            assertThat(browser.findElement(By.cssSelector(".no-match")).getText())
                    .contains("No practice matches “qqqzzzx” with these filters.")
                    .contains("browse all");
        } finally {
            browser.quit();
        }
    }
}
