package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The first pages: the league table with its band filters, and a city against the sample. */
@OnH2WithDemo
@AutoConfigureMockMvc
class SitePagesIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    private String page(String url) throws java.io.UnsupportedEncodingException {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theLeagueTableListsRealAndSyntheticCitiesAndMarksTheSyntheticOnes() throws Exception {
        String html = page("/");
        assertThat(html).contains("<a href=\"/cities/ansan\">Ansan</a>");
        assertThat(html).contains("<a href=\"/cities/rivermouth\">Rivermouth</a>");
        assertThat(html).contains("class=\"badge synthetic\"");
        assertThat(html).contains("are <strong>synthetic</strong>");
        // Ansan's published aggregate and its 17 columns
        assertThat(html).contains("data-metric=\"aggregate\"").contains("data-metric=\"interaction\"");
    }

    @Test
    void filteringByPopulationBandKeepsOnlyCitiesOfThatBand() throws Exception {
        String html = page("/?population=population-500000-");
        assertThat(html).contains("Cities with 500,000 inhabitants and more, ranked on the aggregate index");
        assertThat(html).contains("/cities/ansan").contains("/cities/rivermouth");
        assertThat(html).doesNotContain("/cities/northbay").doesNotContain("/cities/valmonte");
        assertThat(html).contains("<option value=\"population-500000-\" selected=\"selected\">");
    }

    @Test
    void filteringByBothBandsCombinesThem() throws Exception {
        String html = page("/?population=population-500000-&foreignBorn=foreign_born-10-15");
        assertThat(html).contains("/cities/ansan").doesNotContain("/cities/rivermouth");
    }

    @Test
    void aCityPageShowsItsAreasAgainstTheSampleAndItsRankStatements() throws Exception {
        String html = page("/cities/ansan");
        assertThat(html).contains("<h1><span>Ansan</span> <span class=\"country\">South Korea</span></h1>");
        assertThat(html).contains("Compared with the latest results of <strong>140</strong> cities");
        assertThat(html).contains("4th of the 26 cities with 500,000 inhabitants and more");
        assertThat(html).contains("Intercultural lens: published 86; recomputed from the area scores: 86 (the same).");
        assertThat(html).contains("cities with 10-15 % foreign-born residents (35)");
    }

    @Test
    void aSyntheticCityPageSaysItIsFictional() throws Exception {
        assertThat(page("/cities/rivermouth")).contains("This city is fictional demo data");
    }

    @Test
    void anUnknownCityIsNotFoundWithAReadablePage() throws Exception {
        MvcTestResult result = mvc.get().uri("/cities/atlantis").exchange();
        assertThat(result).hasStatus(404);
    }
}
