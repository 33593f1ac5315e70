package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The city, compare, area, methodology and open-data pages. */
@OnH2WithDemo
@AutoConfigureMockMvc
class CityPagesIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    EditionCatalog catalog;

    private String page(String url, Object... variables) throws Exception {
        MvcTestResult result = mvc.get().uri(url, variables).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aRealCityIsSetAgainstTheAveragesItsOwnReportPublishedByDefaultWithNoRankAndNoDemoFigure() throws Exception {
        String html = page("/cities/ansan");
        assertThat(html).contains("<h2 id=\"against\">Against the published averages</h2>");
        assertThat(html)
                .contains("Compared with the sample averages published with this city&#39;s report on 27 August 2020,"
                        + " across 140 cities. That report gives no ranks and no group means");
        // published figures only: commitment 58 against 69, lens 86 against 61
        assertThat(row(html, "commitment"))
                .contains(">58</td>")
                .contains(">69</td>")
                .contains(">-11</td>");
        assertThat(row(html, "lens")).contains(">86</td>").contains(">61</td>").contains(">+25</td>");
        // no figure on either side, no comparison
        assertThat(row(html, "anti_discrimination"))
                .contains(">not published</td>")
                .contains(">no comparison</td>");
        assertThat(row(html, "aggregate")).contains(">80</td>").contains(">no comparison</td>");
        assertThat(html)
                .contains("Not published, so not compared: Aggregate index")
                .contains("Anti-discrimination");
        assertThat(html).contains("published average 61");
        // nothing from the demo sample: no rank, no group, no fictional city, no sample mean
        assertThat(html)
                .doesNotContain("Rank statements")
                .doesNotContain("real cities in the sample")
                .doesNotContain("fictional (the demo data")
                .doesNotContain("sample mean")
                .doesNotContain("Brekkesund");
        assertThat(html).contains("href=\"/cities/ansan?round=2020&amp;benchmark=sample\"");
        String french = page("/cities/ansan?lang=fr");
        assertThat(french).contains("le 27 août 2020").contains("Moyenne publiée");
        assertThat(mvc.get().uri("/cities/ansan?benchmark=ours").exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/cities/rivermouth?benchmark=published").exchange())
                .hasStatus(400);
    }

    /** The table row of one metric on a city page. */
    private static String row(String html, String metric) {
        String from = html.substring(html.indexOf("<tr data-metric=\"" + metric + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }

    @Test
    void aCityPageShowsItsAreasAgainstTheSampleItsChartAndItsRankStatements() throws Exception {
        String html = page("/cities/ansan?benchmark=sample");
        assertThat(html).contains("<h1><span>Ansan</span> <span class=\"country\">South Korea</span></h1>");
        assertThat(html).contains("Compared, as asked, with the demo sample: it includes fictional cities");
        assertThat(html).contains("Compared with the latest results of <strong>140</strong> cities");
        // ranked among the real cities only, naming real neighbours; a group where it is the only real city ranks
        // nothing
        assertThat(html).contains("Its aggregate index ranks 3rd of the 9 real cities in the sample");
        assertThat(html).doesNotContain("Brekkesund").doesNotContain("1st of the 1 ");
        // the demo's sample is mostly fictional: a real city's page says so before any mean drawn from it
        assertThat(html)
                .containsPattern("\\d+ of these cities are fictional \\(the demo data&#39;s synthetic sample\\)");
        assertThat(html).contains("Intercultural lens: published 86; recomputed from the area scores: 86 (the same).");
        assertThat(html).contains("cities with 10-15 % foreign-born residents (35)");
        assertThat(html).contains("720,000 (500,000 inhabitants and more)");
        // the profile chart: an image with a title, a description and the sample mean as reference
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"");
        assertThat(html).contains("<title id=\"profile-chart-title\">Ansan: scores against the sample mean</title>");
        assertThat(html).containsPattern("Ansan is above the sample mean in \\d+ of the 16 areas with a figure");
        assertThat(html).contains("Only one round of this city has been published so far.");
        // no reports or practices are published yet: no section, not an empty one
        assertThat(html).doesNotContain("id=\"reports\"").doesNotContain("id=\"practices\"");
    }

    @Test
    void theChartSummaryAccountsForEveryAreaAboveBelowAndLevelWithTheSample() throws Exception {
        // whether or not one of Valmonte's areas is level with the sample mean, the counts add up to its 17 areas
        String html = page("/cities/valmonte");
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile(
                        "Valmonte is above the sample mean in (\\d+) of the (\\d+) areas with a figure,(?: and)? below it in"
                                + " (\\d+)(?: and level with it in (\\d+))?\\.")
                .matcher(html);
        assertThat(summary.find()).as("summary").isTrue();
        int level = summary.group(4) == null ? 0 : Integer.parseInt(summary.group(4));
        assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(3)) + level)
                .isEqualTo(Integer.parseInt(summary.group(2)))
                .isEqualTo(17);
    }

    @Test
    void ansanShowsNotPublishedForAntiDiscriminationAndItsComputedFigureBeside() throws Exception {
        String html = page("/cities/ansan");
        assertThat(html)
                .contains("not published")
                .contains(
                        "Anti-discrimination: not published; computed from the answers reconstructed from the published"
                                + " report: 87.")
                .contains("This project reconstructed this round&#39;s answers from the city&#39;s published report")
                .doesNotContain("not answered");
    }

    @Test
    void anAreaAPublishedResultGivesNoFigureForSaysNotPublishedOnTheLeagueComparePagesAndOpenDataPage()
            throws Exception {
        // the 2020 report on Ansan gives no anti-discrimination score
        String league = page("/?edition=icc-2019&country={country}&origin=published", "South Korea");
        String ansanRow = league.substring(league.indexOf("<tr data-city=\"ansan\""));
        ansanRow = ansanRow.substring(0, ansanRow.indexOf("</tr>"));
        assertThat(ansanRow).contains(">not published</td>").doesNotContain(">–</td>");
        assertThat(league).contains("Not published&quot; means the city&#39;s result, as published, gives no figure");
        assertThat(page("/?edition=icc-2019&country={country}&origin=published&lang=fr", "South Korea"))
                .contains(">non publié</td>");
        String compare = page("/compare?city=ansan&city=rivermouth");
        String antiDiscrimination = compare.substring(compare.indexOf("data-metric=\"anti_discrimination\""));
        antiDiscrimination = antiDiscrimination.substring(0, antiDiscrimination.indexOf("</tr>"));
        assertThat(antiDiscrimination).contains(">not published</td>");
        // with a real city on the page, the mean is the demo sample's and is said to be so, in table and chart
        assertThat(compare)
                .contains("Demo sample mean (mostly fictional)</th>")
                .contains("it is not an average published by the programme")
                .contains("against the demo sample mean")
                .doesNotContain(">Sample mean</th>");
        assertThat(page("/compare?city=valmonte&city=northbay"))
                .contains(">Sample mean</th>")
                .doesNotContain("Demo sample mean");
        assertThat(page("/data")).contains("An empty score cell means the result, as published, gives no figure");
    }

    @Test
    void aCityWithSeveralRoundsShowsItsProgressAsAChartAndATable() throws Exception {
        String html = page("/cities/hwaryeong");
        assertThat(html).contains("id=\"progress-chart-title\"").contains("id=\"progress-table\"");
        assertThat(html)
                .containsPattern("Hwaryeong(&#39;|')s aggregate index went from \\d+ in \\d{4} to \\d+ in \\d{4}");
        assertThat(html).contains("aria-current=\"page\"");
    }

    @Test
    void aCityCanBeComparedAsOfALaterDateButNotBeforeItsPublication() throws Exception {
        assertThat(page("/cities/ansan?snapshot=2026-01-01"))
                .doesNotContain("Compared with the latest results of <strong>140</strong> cities")
                .contains("as of <time>2026-01-01</time>");
        MvcTestResult early = mvc.get().uri("/cities/ansan?snapshot=2019-01-01").exchange();
        assertThat(early).hasStatus(400);
        assertThat(early.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("snapshot=2019-01-01: this round was published on 2020-08-27");
    }

    @Test
    void aSyntheticCityPageSaysItIsFictionalAndAnUnknownCityIsNotFound() throws Exception {
        assertThat(page("/cities/rivermouth")).contains("This city is fictional demo data");
        assertThat(mvc.get().uri("/cities/atlantis").exchange()).hasStatus(404);
    }

    @Test
    void theComparePageShowsCitiesSideBySideAndAPeerGroupWithItsStatistics() throws Exception {
        String html = page("/compare?city=ansan&city=rivermouth&peers=country");
        assertThat(html).contains("<th scope=\"col\" data-city=\"ansan\">Ansan</th>");
        assertThat(html).contains("<th scope=\"col\" data-city=\"rivermouth\">Rivermouth</th>");
        assertThat(html).contains("id=\"compare-chart-title\"");
        assertThat(html).contains("Cities like Ansan").contains("The cities of South Korea");
        assertThat(html).contains("Rank of Ansan");
        // a real city and a fictional one side by side: the real one is marked real
        assertThat(html).contains("real city").contains("no rank on this page sets a real city against them");
        // a fictional city picked as a peer of a real one is left out of its statistics and rank
        String picked = page("/compare?city=ansan&peers=picked&peer=oslo&peer=rivermouth");
        assertThat(picked)
                .contains("Ansan and the cities picked by hand")
                .contains("<strong>2</strong>")
                .contains(
                        "Ansan is a real city: one fictional city of the demo data that the rule takes in is left out");
        String peerList = picked.substring(picked.indexOf("class=\"peer-list\""));
        peerList = peerList.substring(0, peerList.indexOf("</ul>"));
        assertThat(peerList).contains(">Oslo</a>").doesNotContain("Rivermouth");
        // alone of its kind in its bands, Ansan is given no rank ("1 of 1")
        assertThat(page("/compare?city=ansan&peers=bands"))
                .contains("<strong>1</strong> <span>city: the city alone.</span>")
                .doesNotContain("1 of 1");
        // and the other way round: a fictional city is measured against fictional cities only
        assertThat(page("/compare?city=rivermouth&peers=picked&peer=ansan&peer=northbay"))
                .contains("<strong>2</strong>")
                .contains("one real city that the rule takes in is left out");
        String tooMany = page("/compare?city=ansan&city=oslo&city=rivermouth&city=valmonte&city=northbay&city=nowhere");
        assertThat(tooMany)
                .contains("city=northbay: at most 4 cities can be compared at once")
                .contains("city=nowhere: no city with a published result has this identifier");
    }

    @Test
    void theAreaPageShowsTheDistributionTheMeanAndTheTopCities() throws Exception {
        String html = page("/areas/education?city=ansan");
        assertThat(html).contains("<h1>Education</h1>");
        assertThat(html).contains("id=\"distribution-chart-title\"").contains("Ansan: 95");
        // the demo sample mixes real and fictional cities: Ansan is shown, never ranked among fictional cities
        String ansanRow = html.substring(html.indexOf("<tr class=\"highlighted\""));
        ansanRow = ansanRow.substring(0, ansanRow.indexOf("</tr>"));
        assertThat(ansanRow)
                .contains("<td></td>")
                .contains("real city, not ranked")
                .contains(">95</td>");
        assertThat(html).contains("a real city is shown with its figure but never ranked against fictional ones");
        assertThat(html).contains("id=\"top-table\"");
        assertThat(page("/areas")).contains("href=\"/areas/participation\"");
        assertThat(mvc.get().uri("/areas/happiness").exchange()).hasStatus(404);
    }

    @Test
    void theMethodologyPageIsReadFromEachEditionsDefinition() throws Exception {
        for (Definition definition : catalog.all()) {
            String html = page("/methodology?edition=" + definition.edition().value());
            assertThat(html).contains(definition.title().english());
            assertThat(html).contains("The " + definition.scoredAreas().size() + " scored areas");
            for (Area area : definition.scoredAreas()) {
                long scored = definition.questionsOf(area.code()).stream()
                        .filter(Question::isScored)
                        .count();
                assertThat(html)
                        .as(area.code().value())
                        .containsPattern("data-area=\"" + area.code().value() + "\">\\s*<th scope=\"row\"><a [^>]*>"
                                + java.util.regex.Pattern.quote(area.name().english())
                                + "</a></th>\\s*<td[^>]*>[^<]*</td>\\s*<td>"
                                + area.weight().stripTrailingZeros().toPlainString() + "</td>\\s*<td>" + scored
                                + "</td>");
            }
            for (Question question : definition.scoredQuestions()) {
                assertThat(html)
                        .contains(org.springframework.web.util.HtmlUtils.htmlEscape(
                                question.text().english()));
            }
        }
        assertThat(page("/methodology")).contains("new areas: Anti-discrimination, Participation and Interaction");
    }

    @Test
    void theOpenDataPageLinksEveryEditionsDownloadsAndTheApiDocumentation() throws Exception {
        String html = page("/data");
        for (Definition definition : catalog.all()) {
            for (String format : new String[] {"csv", "xlsx", "json"}) {
                assertThat(html).contains("/api/v1/downloads/results." + format + "?edition=" + definition.edition());
            }
        }
        assertThat(html).contains("href=\"/api/v1/openapi.json\"").contains("href=\"/api/v1/docs\"");
    }
}
