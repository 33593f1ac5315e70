package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.iccindex.support.Browser;
import org.iccindex.support.NeedsBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A visitor in Chromium: filters the league, sorts it from the keyboard, opens a city, compares it with another and
 * downloads the CSV; every figure read on the pages is checked against the API.
 */
@NeedsBrowser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1",
            "icc.demo.enabled=true"
        })
class SiteBrowserIntegrationTests {
    private static ChromeDriver browser;
    private static Path downloads;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.open();
        downloads = Files.createTempDirectory("icc-downloads");
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The figure a league row shows in one metric column, by the metric's position among the columns. */
    private static Map<String, String> shown(List<WebElement> rows, int metricIndex) {
        Map<String, String> values = new HashMap<>();
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.cssSelector("td"));
            // cells: rank, country, round, then one per metric
            values.put(row.getAttribute("data-city"), cells.get(3 + metricIndex).getText());
        }
        return values;
    }

    @Test
    void aVisitorFiltersSortsOpensACityComparesTwoAndDownloadsTheCsv() throws Exception {
        browser.get(url("/"));
        new Select(browser.findElement(By.id("f-population"))).selectByValue("population-500000-");
        new Select(browser.findElement(By.id("f-origin"))).selectByValue("synthetic");
        Browser.clickToLoad(browser, By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.getCurrentUrl())
                .contains("population=population-500000-")
                .contains("origin=synthetic");

        // sort on Education from the keyboard: focus the heading's link, press Enter
        WebElement education = browser.findElement(By.cssSelector("th[data-metric=education] a"));
        Browser.enterToLoad(browser, education);
        assertThat(browser.getCurrentUrl()).contains("sort=education").contains("population=population-500000-");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.league tbody tr"));
        JsonNode league =
                api("/api/v1/results?edition=icc-2019&population=population-500000-&origin=synthetic&sort=education");
        assertThat(rows).hasSize(league.path("count").asInt()).isNotEmpty();
        int educationColumn = 0;
        for (JsonNode metric : league.path("metrics")) {
            if (metric.path("code").asString().equals("education")) {
                break;
            }
            educationColumn++;
        }
        Map<String, String> onPage = shown(rows, educationColumn);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode city = league.path("cities").get(i);
            assertThat(rows.get(i).getAttribute("data-city"))
                    .isEqualTo(city.path("city").asString());
            String expected = "not published";
            for (JsonNode value : city.path("values")) {
                if (value.path("metric").asString().equals("education")) {
                    expected = value.path("shown").asString();
                }
            }
            assertThat(onPage.get(city.path("city").asString()))
                    .as(city.path("city").asString())
                    .isEqualTo(expected);
        }

        // open a city
        browser.get(url("/?country=South+Korea&origin=published"));
        Browser.clickToLoad(browser, By.linkText("Ansan"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Ansan");
        // a real city is set against the averages its own report published: no rank, and no average for the
        // aggregate index in that report, so no comparison
        JsonNode round = api("/api/v1/cities/ansan/rounds/2020");
        JsonNode aggregate = round.path("publishedBenchmark").path("metrics").get(0);
        WebElement aggregateRow = browser.findElement(By.cssSelector("#comparison tr[data-metric=aggregate]"));
        assertThat(aggregateRow.findElement(By.cssSelector("td.city-value")).getText())
                .isEqualTo(aggregate.path("value").path("shown").asString());
        assertThat(aggregateRow.getText()).contains("no comparison").doesNotContain(" of ");
        assertThat(browser.findElement(By.cssSelector("svg#profile-chart, svg[aria-labelledby^=profile-chart]"))
                        .isDisplayed())
                .isTrue();

        // compare it with a second city
        Browser.clickToLoad(browser, By.linkText("Compare with other cities"));
        new Select(browser.findElement(By.id("city-2"))).selectByValue("oslo");
        Browser.clickToLoad(browser, By.cssSelector("form.compare-form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).contains("city=ansan").contains("city=oslo");
        JsonNode latest = api("/api/v1/results");
        Map<String, JsonNode> byCity = new HashMap<>();
        latest.path("cities").forEach(c -> byCity.put(c.path("city").asString(), c));
        WebElement compared = browser.findElement(By.cssSelector("#compare-table tr[data-metric=aggregate]"));
        List<WebElement> cells = compared.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo(shownOf(byCity.get("ansan"), "aggregate"));
        assertThat(cells.get(1).getText()).isEqualTo(shownOf(byCity.get("oslo"), "aggregate"));
        String sampleMean = String.valueOf(Math.round(statistic(latest, "aggregate")));
        assertThat(cells.get(2).getText()).isEqualTo(sampleMean);

        // download the CSV from the home page
        browser.get(url("/"));
        browser.findElement(By.linkText("Download every published result (CSV)"))
                .click();
        Path csv = awaitDownload();
        assertThat(csv.getFileName().toString()).matches("icc-index-results_icc-2019_\\d{4}-\\d{2}-\\d{2}\\.csv");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))
                .getRecords();
        CSVRecord ansan = records.stream()
                .filter(r -> r.get("slug").equals("ansan"))
                .findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(ansan.get("aggregate")))
                .isEqualTo(round.path("result").path("aggregate").path("exact").asDouble());
        assertThat(records).allSatisfy(r -> assertThat(r.get("edition")).isEqualTo("icc-2019"));
    }

    /** The whole-sample mean of the league's cities (the API's statistics of the cities listed). */
    private static double statistic(JsonNode league, String metric) {
        for (JsonNode s : league.path("statistics")) {
            if (s.path("metric").asString().equals(metric)) {
                return s.path("mean").asDouble();
            }
        }
        throw new AssertionError("no statistics for " + metric);
    }

    private static String shownOf(JsonNode city, String metric) {
        for (JsonNode value : city.path("values")) {
            if (value.path("metric").asString().equals(metric)) {
                return value.path("shown").asString();
            }
        }
        return "not published";
    }

    private static Path awaitDownload() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done =
                        files.filter(f -> f.toString().endsWith(".csv")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no CSV downloaded into " + downloads);
    }
}
