package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The league table: filters, sort, notices for parameters it cannot use, and the strict CSP. Its languages are in
 * {@code site.web.LanguageSwitchTests}, a web slice.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class SitePagesIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    String page(String url, Object... variables) throws Exception {
        MvcTestResult result = mvc.get().uri(url, variables).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The cities of the league table, top to bottom. */
    static List<String> cities(String html) {
        List<String> cities = new ArrayList<>();
        Matcher rows = Pattern.compile("<tr data-city=\"([a-z0-9-]+)\"").matcher(html);
        while (rows.find()) {
            cities.add(rows.group(1));
        }
        return cities;
    }

    /** The figures of one column (by metric code) in row order, as shown. */
    static List<Integer> column(String html, int index) {
        List<Integer> values = new ArrayList<>();
        Matcher rows = Pattern.compile("<tr data-city=\"[^\"]+\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        while (rows.find()) {
            Matcher cells = Pattern.compile(
                            "<td data-exact=\"[^\"]*\"[^>]*>(\\d+)</td>|<td[^>]*>(?:–|not published)</td>")
                    .matcher(rows.group(1));
            int i = 0;
            Integer found = null;
            while (cells.find()) {
                if (i++ == index) {
                    found = cells.group(1) == null ? null : Integer.valueOf(cells.group(1));
                    break;
                }
            }
            values.add(found);
        }
        return values;
    }

    @Test
    void theLeagueTableListsRealAndSyntheticCitiesAndMarksTheSyntheticOnes() throws Exception {
        String html = page("/");
        assertThat(html).contains("<a href=\"/cities/ansan\">Ansan</a>");
        assertThat(html).contains("<a href=\"/cities/rivermouth\">Rivermouth</a>");
        assertThat(html).contains("<span class=\"badge synthetic\">synthetic</span>");
        assertThat(html).contains("are <strong>synthetic</strong>");
        assertThat(html).contains("data-metric=\"aggregate\"").contains("data-metric=\"interaction\"");
        assertThat(column(page("/"), 0))
                .isSortedAccordingTo((a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1 : b - a);
    }

    @Test
    void theLeagueRanksOneEditionAtATimeTheNewestByDefault() throws Exception {
        String newest = page("/");
        assertThat(newest)
                .contains("<span class=\"edition\">icc-2019</span>")
                .doesNotContain("<span class=\"edition\">icc-2011</span>")
                .contains("<option value=\"icc-2019\" selected=\"selected\">")
                .contains("<option value=\"icc-2011\">")
                .doesNotContain("All editions");
        String older = page("/?edition=icc-2011");
        assertThat(older)
                .contains("<span class=\"edition\">icc-2011</span>")
                .doesNotContain("<span class=\"edition\">icc-2019</span>");
    }

    @Test
    void filteringByPopulationBandKeepsOnlyCitiesOfThatBand() throws Exception {
        String html = page("/?population=population-500000-");
        assertThat(html)
                .containsPattern(
                        "\\d+ of \\d+ cities of the [^(]+ \\(500,000 inhabitants and more\\), ranked by Aggregate index");
        assertThat(cities(html)).contains("ansan", "rivermouth").doesNotContain("northbay", "valmonte");
        assertThat(html).contains("<option value=\"population-500000-\" selected=\"selected\">");
    }

    @Test
    void filtersCombineAcrossBandsCountryOriginAndRound() throws Exception {
        assertThat(cities(page("/?population=population-500000-&foreignBorn=foreign_born-10-15")))
                .contains("ansan")
                .doesNotContain("rivermouth");
        assertThat(cities(page("/?country={country}&origin=published", "South Korea")))
                .containsExactlyInAnyOrder("ansan", "guro-gu");
        assertThat(cities(page("/?origin=computed"))).containsExactlyInAnyOrder("rivermouth", "valmonte", "northbay");
        assertThat(cities(page("/?round=2023&origin=computed"))).hasSize(3);
        assertThat(cities(page("/?edition=icc-2011&country=Norway&origin=published")))
                .containsExactly("oslo");
    }

    @Test
    void sortingOnAColumnOrdersTheRowsAndTheHeadingSaysSo() throws Exception {
        String ascending = page("/?sort=education&dir=asc");
        // education is the 4th metric column: aggregate, lens, commitment, education
        List<Integer> education = column(ascending, 3);
        List<Integer> present = education.stream().filter(v -> v != null).toList();
        assertThat(present).isSorted().hasSizeGreaterThan(50);
        assertThat(education.subList(present.size(), education.size())).containsOnlyNulls();
        assertThat(ascending).containsPattern("aria-sort=\"ascending\" data-metric=\"education\"");
        assertThat(ascending).contains("href=\"/?edition=icc-2019&amp;sort=education&amp;dir=desc\"");
        List<String> byName = cities(page("/?sort=city&country=Germany"));
        assertThat(byName).isNotEmpty();
        assertThat(cities(page("/?sort=city&dir=desc&country=Germany"))).containsExactlyElementsOf(reversed(byName));
    }

    @Test
    void aParameterThatCannotBeUsedIsNamedAndLeftOut() throws Exception {
        String html = page("/?population=huge&round=last");
        assertThat(html)
                .contains("population=huge: no such band in edition icc-2019")
                .contains("round=last: expected a year such as 2020");
        assertThat(cities(html)).hasSizeGreaterThan(50); // the 2019 edition only: the league shows one edition
    }

    @Test
    void publicPagesNeedNoInlineScriptOrStyle() throws Exception {
        for (String url : List.of(
                "/",
                "/cities/ansan",
                "/compare?city=ansan&city=oslo",
                "/areas",
                "/areas/education",
                "/methodology",
                "/data")) {
            String html = page(url);
            assertThat(html)
                    .as(url)
                    .doesNotContain(" style=\"")
                    .doesNotContain("<style")
                    .doesNotContain("<script");
            assertThat(html).as(url).doesNotContain("onclick=");
        }
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
