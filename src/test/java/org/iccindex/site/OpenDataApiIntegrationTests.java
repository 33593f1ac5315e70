package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.Stats;
import org.iccindex.definition.EditionId;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.SampleService;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the API and the downloads say, against the engine's own figures and the 2020 report's. */
@OnH2WithDemo
@AutoConfigureMockMvc
class OpenDataApiIntegrationTests {
    private static final LocalDate REPORT = LocalDate.of(2020, 8, 27);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SampleService samples;

    @Autowired
    EditionCatalog catalog;

    @Autowired
    ResultRepository results;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode get(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aRealCitysRoundIsSetAgainstTheAveragesItsReportPublishedWithNoRankByDefault() throws Exception {
        JsonNode round = get("/api/v1/cities/ansan/rounds/2020");
        assertThat(round.path("benchmark").asString()).isEqualTo("published");
        assertThat(round.path("snapshot").asString()).isEqualTo("2020-08-27");
        assertThat(round.path("sampleSize").asInt()).isEqualTo(140);
        // no demo-sample group, rank or statement for a real city unless asked for
        assertThat(round.path("groups")).isEmpty();
        assertThat(round.path("rankStatements")).isEmpty();
        assertThat(round.toString()).doesNotContain("\"rank\"").doesNotContain("Brekkesund");
        JsonNode published = round.path("publishedBenchmark");
        assertThat(published.path("id").asString()).isEqualTo("icc-2020-published");
        Map<String, JsonNode> metrics = new HashMap<>();
        published.path("metrics").forEach(m -> metrics.put(m.path("metric").asString(), m));
        assertThat(metrics.get("lens").path("value").path("shown").asInt()).isEqualTo(86);
        assertThat(metrics.get("lens").path("publishedAverage").asDouble()).isEqualTo(61.0);
        assertThat(metrics.get("lens").path("difference").asInt()).isEqualTo(25);
        // not published on either side: the figures are absent and there is no difference
        assertThat(metrics.get("anti_discrimination").has("value")).isFalse();
        assertThat(metrics.get("anti_discrimination").has("difference")).isFalse();
        assertThat(published.path("notPublished").toString())
                .contains("anti_discrimination")
                .contains("aggregate");
        assertThat(published.path("published").toString()).contains("lens").contains("commitment");
        // the computed figures say whose answers they come from
        JsonNode computed = round.path("result").path("computed");
        assertThat(computed.path("answersBasis").asString()).isEqualTo("RECONSTRUCTED");
        assertThat(computed.path("label").asString())
                .isEqualTo("computed from the answers reconstructed from the published report");
        assertThat(get("/api/v1/cities/valmonte/rounds/2023").path("benchmark").asString())
                .isEqualTo("sample");
        assertThat(mvc.get()
                        .uri("/api/v1/cities/ansan/rounds/2020?benchmark=nearest")
                        .exchange())
                .hasStatus(400);
    }

    @Test
    void aCityRoundComparesItWithTheSampleOfItsPublicationDay() throws Exception {
        JsonNode round = get("/api/v1/cities/ansan/rounds/2020?benchmark=sample");
        assertThat(round.path("benchmark").asString()).isEqualTo("sample");
        assertThat(round.path("snapshot").asString()).isEqualTo("2020-08-27");
        assertThat(round.path("sampleSize").asInt()).isEqualTo(140);
        JsonNode whole = round.path("groups").get(0);
        assertThat(whole.path("group").asString()).isEqualTo("whole-sample");
        JsonNode aggregate = whole.path("metrics").get(0);
        assertThat(aggregate.path("metric").asString()).isEqualTo("aggregate");
        assertThat(aggregate.path("value").path("shown").asInt()).isEqualTo(80);
        // a real city is ranked among the real cities only, and the statement names the metric and the group
        assertThat(aggregate.path("rank").path("position").asInt()).isPositive();
        assertThat(aggregate.path("rank").path("outOf").asInt()).isLessThan(20);
        assertThat(round.path("rankStatements").get(0).path("en").asString())
                .startsWith("Its aggregate index ranks ")
                .contains("real cities in the sample")
                .doesNotContain("Brekkesund");
        assertThat(round.path("rankStatements").get(0).path("fr").asString())
                .startsWith("Son indice global est classé ")
                .contains("villes réelles de l'échantillon");
        // the source publishes no anti-discrimination figure: said so, and the figure computed from the round's
        // answers is given beside the published ones, with its method and the definition's checksum
        JsonNode result = round.path("result");
        assertThat(result.path("notPublished").get(0).asString()).isEqualTo("anti_discrimination");
        JsonNode computed = result.path("computed");
        assertThat(computed.path("method").asString()).isEqualTo("points-ratio/1");
        assertThat(computed.path("definitionChecksum").asString()).hasSize(64);
        assertThat(computed.path("aggregate").path("shown").asInt()).isEqualTo(80);
        assertThat(computed.path("areas").get(14).path("metric").asString()).isEqualTo("anti_discrimination");
        assertThat(computed.path("areas").get(14).path("shown").asInt()).isEqualTo(87);
    }

    @Test
    void statisticsArePerGroupAndMetricAsTheEngineComputesThem() throws Exception {
        JsonNode report = get("/api/v1/statistics?snapshot=2020-08-27");
        SampleAnalysis analysis = samples.analysis(catalog.get(new EditionId("icc-2019")), REPORT);
        assertThat(report.path("sampleSize").asInt()).isEqualTo(140);
        List<String> groups = new ArrayList<>();
        report.path("groups").forEach(g -> groups.add(g.path("group").asString()));
        assertThat(groups)
                .startsWith("whole-sample", "population--100000")
                .contains("foreign_born-10-15", "answered-participation", "answered-interaction")
                .hasSize(analysis.groups().size());
        JsonNode education = null;
        for (JsonNode metric : report.path("groups").get(0).path("metrics")) {
            if (metric.path("metric").asString().equals("education")) {
                education = metric;
            }
        }
        Stats stats = analysis.group(ComparisonGroup.WHOLE_SAMPLE)
                .stats(Metric.area(new org.iccindex.definition.AreaCode("education")))
                .orElseThrow();
        assertThat(education.path("n").asInt()).isEqualTo(stats.n());
        assertThat(education.path("mean").asDouble()).isCloseTo(stats.mean(), within(1e-9));
        assertThat(education.path("q1").asDouble()).isCloseTo(stats.q1(), within(1e-9));
        assertThat(Math.round(education.path("mean").asDouble())).isEqualTo(68);
        JsonNode filtered = get("/api/v1/statistics?snapshot=2020-08-27&population=population-500000-");
        assertThat(filtered.path("groups")).hasSize(1);
        assertThat(filtered.path("groups").get(0).path("members").asInt()).isEqualTo(26);
    }

    @Test
    void rankingsAndTheLeagueAgreeWithTheHomePage() throws Exception {
        JsonNode ranking = get("/api/v1/rankings?snapshot=2020-08-27");
        // ranks are counted among cities of one kind: Ansan's rank counts the real cities ahead of it only
        int realAhead = 0;
        int ansanRank = 0;
        for (JsonNode city : ranking.path("cities")) {
            if (city.path("city").asString().equals("ansan")) {
                ansanRank = city.path("rank").asInt();
                break;
            }
            if (!city.path("synthetic").asBoolean()) {
                realAhead++;
            }
        }
        assertThat(ansanRank).isPositive().isLessThanOrEqualTo(realAhead + 1);
        JsonNode league = get("/api/v1/results?edition=icc-2019&population=population-500000-&sort=education&dir=asc");
        List<String> api = new ArrayList<>();
        league.path("cities").forEach(c -> api.add(c.path("city").asString()));
        String html = mvc.get()
                .uri("/?population=population-500000-&sort=education&dir=asc")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(SitePagesIntegrationTests.cities(html)).containsExactlyElementsOf(api);
        assertThat(league.path("rankedOn").asString()).isEqualTo("education");
    }

    @Test
    void theCsvHoldsEveryResultOfTheEditionStampedWithEditionAndDate() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/downloads/results.csv?snapshot=2020-08-27")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("filename=\"icc-index-results_icc-2019_2020-08-27.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .getRecords();
        long expected = results.findAll().stream()
                .filter(r -> r.edition().value().equals("icc-2019")
                        && !r.publishedOn().isAfter(REPORT))
                .count();
        assertThat(rows).hasSize((int) expected);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("snapshot_date")).isEqualTo("2020-08-27");
            assertThat(r.get("edition")).isEqualTo("icc-2019");
        });
        CSVRecord ansan = rows.stream()
                .filter(r -> r.get("slug").equals("ansan"))
                .findFirst()
                .orElseThrow();
        assertThat(ansan.get("aggregate")).isEqualTo("80");
        assertThat(ansan.get("non_national_pct")).isEqualTo("11.9");
        assertThat(ansan.get("anti_discrimination")).isEmpty();
        assertThat(ansan.get("in_sample")).isEqualTo("true");
    }

    @Test
    void theWorkbookAndTheJsonAreStampedToo() throws Exception {
        MvcTestResult xlsx = mvc.get()
                .uri("/api/v1/downloads/results.xlsx?edition=icc-2011&snapshot=2020-08-27")
                .exchange();
        assertThat(xlsx.getResponse().getHeader("Content-Disposition"))
                .contains("icc-index-results_icc-2011_2020-08-27.xlsx");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("Results");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("snapshot_date");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("icc-2011");
            Sheet about = workbook.getSheet("About");
            List<String> lines = new ArrayList<>();
            for (Row row : about) {
                lines.add(row.getCell(0).getStringCellValue() + ": "
                        + row.getCell(1).getStringCellValue());
            }
            assertThat(lines).contains("Snapshot date: 2020-08-27").anyMatch(l -> l.startsWith("Edition: icc-2011"));
            assertThat(lines)
                    .anyMatch(l -> l.startsWith("Empty cells: An empty score cell means the result, as published,"
                            + " gives no figure for that area: not published."));
        }
        JsonNode download = get("/api/v1/downloads/results.json?snapshot=2020-08-27");
        assertThat(download.path("edition").asString()).isEqualTo("icc-2019");
        assertThat(download.path("snapshotDate").asString()).isEqualTo("2020-08-27");
        assertThat(download.path("count").asInt())
                .isEqualTo(download.path("results").size());
    }

    @Test
    void resultsAndDownloadsCarryAnEtagAndAnswer304WhenNothingChanged() throws Exception {
        for (String uri : List.of("/api/v1/results", "/api/v1/downloads/results.csv", "/api/v1/cities/ansan")) {
            MvcTestResult first = mvc.get().uri(uri).exchange();
            String etag = first.getResponse().getHeader("ETag");
            assertThat(etag).as(uri).isNotBlank();
            assertThat(first.getResponse().getHeader("Last-Modified")).as(uri).isNotBlank();
            MvcTestResult again =
                    mvc.get().uri(uri).header("If-None-Match", etag).exchange();
            assertThat(again).as(uri).hasStatus(304);
            assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
            MvcTestResult since = mvc.get()
                    .uri(uri)
                    .header("If-Modified-Since", first.getResponse().getHeader("Last-Modified"))
                    .exchange();
            assertThat(since).as(uri).hasStatus(304);
            MvcTestResult other = mvc.get()
                    .uri(uri)
                    .header("If-None-Match", "W/\"something-else\"")
                    .exchange();
            assertThat(other).as(uri).hasStatusOk();
            assertThat(other.getResponse().getContentAsByteArray())
                    .isEqualTo(first.getResponse().getContentAsByteArray());
        }
        assertThat(mvc.get()
                        .uri("/api/v1/results?snapshot=2020-08-27")
                        .exchange()
                        .getResponse()
                        .getHeader("ETag"))
                .isNotEqualTo(mvc.get()
                        .uri("/api/v1/results")
                        .exchange()
                        .getResponse()
                        .getHeader("ETag"));
    }
}
