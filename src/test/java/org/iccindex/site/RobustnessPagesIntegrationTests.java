package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.benchmark.Robustness;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.RobustnessService;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rank robustness where the public sees it: city pages, the league, the API, the download, the methodology. */
@OnH2WithDemo
@AutoConfigureMockMvc
class RobustnessPagesIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    EditionCatalog catalog;

    @Autowired
    RobustnessService robustness;

    private String page(String url) throws Exception {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void valmontesPageGivesItsRankAndIntervalAmongFictionalCities() throws Exception {
        // Valmonte 2023 was published on 2023-11-06: its page compares as of that day
        Robustness computed = robustness.robustness(catalog.current(), LocalDate.of(2023, 11, 6));
        RankInterval valmonte = computed.of("valmonte").orElseThrow();
        assertThat(valmonte.synthetic()).isTrue();
        assertThat(valmonte.low()).isLessThanOrEqualTo(valmonte.median());
        assertThat(valmonte.median()).isLessThanOrEqualTo(valmonte.high());
        // only fictional cities are ranked with it, and only those with every area score
        assertThat(computed.intervals().stream().filter(i -> i.synthetic()).count())
                .isEqualTo(valmonte.outOf());

        String html = page("/cities/valmonte");
        assertThat(html)
                .contains("Among the " + valmonte.outOf() + " fictional cities that have every area score, this result"
                        + " ranks " + ordinal(valmonte.nominal()) + " on the aggregate index; between "
                        + ordinal(valmonte.low()) + " and " + ordinal(valmonte.high())
                        + " in 90 % of 10,000 method variants (median " + ordinal(valmonte.median()) + ").");
        assertThat(html).contains("href=\"/methodology#robustness\"");
    }

    @Test
    void aResultWithoutEveryAreaScoreGetsNoIntervalAndSaysWhy() throws Exception {
        // against its published averages (the default for a real city) there are no ranks, so nothing to say
        assertThat(page("/cities/ansan")).doesNotContain("rank interval").doesNotContain("method variants");
        // against the demo sample, asked for, it has ranks among real cities but no interval
        assertThat(page("/cities/ansan?benchmark=sample"))
                .contains("No rank interval for this result: it does not have every area score the aggregate needs"
                        + " (missing: Anti-discrimination).");
    }

    @Test
    void theApiTheDownloadTheLeagueAndTheMethodologyShowTheSameSettings() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(page("/api/v1/robustness?snapshot=2023-11-06"));
        assertThat(json.at("/method/draws").asInt()).isEqualTo(10_000);
        assertThat(json.at("/method/seed").asLong()).isEqualTo(20_190_101L);
        boolean valmonte = false;
        for (JsonNode i : json.get("intervals")) {
            assertThat(i.get("synthetic").asBoolean())
                    .as("no real result has every area score")
                    .isTrue();
            valmonte |= i.get("city").asString().equals("valmonte");
        }
        assertThat(valmonte).isTrue();
        assertThat(json.get("leftOut").toString()).contains("{\"city\":\"ansan\",\"synthetic\":false,\"missing\":[");

        String csv = page("/api/v1/downloads/robustness.csv?snapshot=2023-11-06");
        assertThat(csv).startsWith("city,name,synthetic,out_of,rank,median,low,high,draws,seed\r\n");
        assertThat(csv).containsPattern("\r\nvalmonte,Valmonte,true,\\d+,\\d+,\\d+,\\d+,\\d+,10000,20190101\r\n");

        assertThat(page("/?snapshot=2023-11-06"))
                .contains("90 % rank interval")
                .containsPattern("<td class=\"interval\">\\d+-\\d+ of \\d+</td>");
        assertThat(page("/methodology"))
                .contains("id=\"robustness\"")
                .contains("under 10,000 variants of the method")
                .contains("between 0.5 and 1.5")
                .contains("in 50 % of the variants")
                .contains("seeded with 20190101")
                .contains("at most 1,000,000 variants");
        assertThat(page("/methodology?lang=fr")).contains("initialisé avec 20190101");
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
