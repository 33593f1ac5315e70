package org.iccindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iccindex.support.Browser;
import org.iccindex.support.NeedsBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo site on a phone (390 CSS pixels wide) and under axe-core: a coordinator and a visitor look at the pages
 * people use most, in English and French.
 */
@NeedsBrowser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:phone-${random.uuid};DB_CLOSE_DELAY=-1",
            "icc.demo.enabled=true"
        })
class PhoneAndAccessibilityBrowserIntegrationTests {
    private static final String COORDINATOR = "coordinator.valmonte@example.org";
    private static ChromeDriver phone;

    @LocalServerPort
    int port;

    @BeforeAll
    static void open() {
        phone = Browser.openPhone();
    }

    @AfterAll
    static void close() {
        if (phone != null) {
            phone.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) phone).executeScript(script, args);
    }

    private void signIn(String username) {
        phone.manage().deleteAllCookies();
        phone.get(url("/login"));
        phone.findElement(By.id("username")).sendKeys(username);
        phone.findElement(By.id("password")).sendKeys("demo-password");
        phone.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        new WebDriverWait(phone, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** The id of Valmonte's draft round, read from its coordinator's list of rounds. */
    private String draftRound() {
        phone.get(url("/rounds"));
        return phone.findElements(By.cssSelector("main table a[href^='/rounds/']")).stream()
                .map(a -> a.getDomAttribute("href"))
                .filter(h -> h.matches("/rounds/\\d+"))
                .max((a, b) -> Integer.compare(Integer.parseInt(a.substring(8)), Integer.parseInt(b.substring(8))))
                .orElseThrow();
    }

    @Test
    void onAPhoneTheListOfAreasNeverCoversTheQuestionBeingAnswered() {
        signIn(COORDINATOR);
        String round = draftRound();
        phone.get(url(round + "/areas/commitment"));
        assertThat(js("return window.innerWidth")).isEqualTo(390L);
        List<WebElement> questions = phone.findElements(By.cssSelector("section.question"));
        assertThat(questions).isNotEmpty();
        for (WebElement question : questions) {
            // the question's title and its first answer label are what the person reads and touches
            for (WebElement part : List.of(
                    question.findElement(By.cssSelector("[id$='-title']")),
                    question.findElements(By.cssSelector("label")).stream()
                            .filter(WebElement::isDisplayed)
                            .findFirst()
                            .orElseThrow())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> hit = (Map<String, Object>) js("""
                        arguments[0].scrollIntoView({block: 'center'});
                        const r = arguments[0].getBoundingClientRect();
                        const top = document.elementFromPoint(r.left + Math.min(r.width, 20) / 2, r.top + r.height / 2);
                        return {inside: top !== null && arguments[1].contains(top),
                                what: top === null ? 'nothing' : top.tagName + '.' + top.className};""", part, question);
                assertThat(hit.get("inside"))
                        .as("%s of %s is under %s", part.getTagName(), question.getDomAttribute("id"), hit.get("what"))
                        .isEqualTo(true);
            }
        }
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
    }

    @Test
    void onAPhoneTheLeagueShowsEachCityWithItsScoreWithoutScrollingSideways() {
        phone.manage().deleteAllCookies();
        phone.get(url("/"));
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        List<WebElement> rows = phone.findElements(By.cssSelector("table.league tbody tr"));
        assertThat(rows).hasSizeGreaterThan(5);
        for (WebElement row : rows.subList(0, 5)) {
            WebElement city = row.findElement(By.cssSelector("th[scope=row] a"));
            WebElement score = row.findElement(By.cssSelector("td[data-column='aggregate']"));
            assertThat(score.getText()).matches("\\d+");
            assertThat(city.isDisplayed()).isTrue();
            double right = ((Number) js("return arguments[0].getBoundingClientRect().right", score)).doubleValue();
            assertThat(right)
                    .as("the aggregate of %s is in view", city.getText())
                    .isLessThanOrEqualTo(390);
        }
        // headings read across: no rotated writing
        assertThat(
                        js(
                                "return [...document.querySelectorAll('table.league thead .label')].filter(e => getComputedStyle(e).writingMode !== 'horizontal-tb').length"))
                .isEqualTo(0L);
    }

    /** Pages that once ran wider than a phone: a form, a facts list, a table of prose, a table of addresses. */
    @Test
    void onAPhoneNoPageRunsOffTheScreen() {
        List<String> wide = new ArrayList<>();
        phone.manage().deleteAllCookies();
        for (String page : List.of(
                "/practices?lang=fr",
                "/practices/reggio-emilia-two-way-language-learning?lang=fr",
                "/practices/recommendations/valmonte?lang=fr",
                "/methodology",
                "/login")) {
            wider(page, wide);
        }
        signIn(COORDINATOR);
        wider(draftRound() + "/improve", wide);
        signIn("analyst@example.org");
        wider("/reports/ansan/2020", wide);
        assertThat(wide).isEmpty();
    }

    private void wider(String page, List<String> wide) {
        phone.get(url(page));
        long width = (Long) js("return document.documentElement.scrollWidth");
        long screen = (Long) js("return document.documentElement.clientWidth");
        if (width > screen) {
            wide.add(page + ": " + width + " px on a " + screen + " px screen");
        }
    }

    @Test
    void onAPhoneChartWordsAreAtLeast11PixelsHigh() {
        phone.manage().deleteAllCookies();
        phone.get(url("/"));
        String city = phone.findElement(By.cssSelector("table.league tbody tr th[scope=row] a"))
                .getDomAttribute("href");
        String area = "/areas/commitment";
        for (String page : List.of(city, area, "/compare?city=" + city.substring(8))) {
            phone.get(url(page));
            Number smallest = (Number) js("""
                    let min = 1000;
                    for (const t of document.querySelectorAll('svg.chart text')) {
                      const h = t.getBoundingClientRect().height;
                      if (t.textContent.trim() && h > 0) min = Math.min(min, h);
                    }
                    return min;""");
            assertThat(smallest.doubleValue()).as(page).isGreaterThanOrEqualTo(11);
        }
    }

    /** Every page the issue lists, in English and French: no serious or critical axe-core violation. */
    @Test
    void axeCoreFindsNoSeriousOrCriticalViolationOnThePagesPeopleUseMost() {
        phone.manage().deleteAllCookies();
        phone.get(url("/"));
        String city = phone.findElement(By.cssSelector("table.league tbody tr th[scope=row] a"))
                .getDomAttribute("href");
        List<String> publicPages = List.of(
                "/",
                city,
                "/compare?city=" + city.substring(8),
                "/areas/commitment",
                "/methodology",
                "/practices?q=language",
                "/login");
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            phone.manage().deleteAllCookies();
            for (String page : publicPages) {
                check(page, lang, problems);
            }
            signIn(COORDINATOR);
            String round = draftRound();
            check(round + "/areas/commitment", lang, problems);
            check(round, lang, problems);
        }
        assertThat(problems).isEmpty();
    }

    private void check(String page, String lang, List<String> problems) {
        phone.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
        Results results = new AxeBuilder().analyze(phone);
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getImpact() + " " + rule.getId() + " x"
                        + rule.getNodes().size() + " "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList());
            }
        }
        // one line per page, for the record of what axe-core found
        System.out.println(
                "axe " + lang + " " + page + ": " + results.getViolations().size() + " violations, " + serious.size()
                        + " serious or critical " + serious);
        serious.forEach(s -> problems.add(lang + " " + page + ": " + s));
    }
}
