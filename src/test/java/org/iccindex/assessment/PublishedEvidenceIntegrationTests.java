package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.city.CitySlug;
import org.iccindex.report.CityReport;
import org.iccindex.report.ReportRequest;
import org.iccindex.report.Reports;
import org.iccindex.scoring.EvidenceCoverage;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

/**
 * Once a round is published, the evidence behind its points shows on the city page and in the report: as the
 * city's for Valmonte 2023, labelled as the project's reconstruction for Ansan 2020.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class PublishedEvidenceIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    EvidenceBehindScores evidence;

    @Autowired
    Reports reports;

    private String page(String uri, Locale locale) throws Exception {
        String html =
                mvc.get().uri(uri).locale(locale).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return HtmlUtils.htmlUnescape(html).replaceAll("\\s+", " ");
    }

    private String report(String city, int round, Locale locale) {
        CityReport report = reports.build(new ReportRequest(new CitySlug(city), round, Optional.empty(), locale));
        String html = reports.html(report)
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<svg.*?</svg>", " ")
                .replaceAll("<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(html).replaceAll("\\s+", " ");
    }

    private int percent(String city, int round) {
        EvidenceBehindScores.Published published =
                evidence.published(new CitySlug(city), round).orElseThrow();
        EvidenceCoverage coverage = published.coverage();
        int earned = coverage.areas().values().stream()
                .mapToInt(EvidenceCoverage.Area::earned)
                .sum();
        int supported = coverage.areas().values().stream()
                .mapToInt(EvidenceCoverage.Area::supported)
                .sum();
        assertThat(earned).as("points earned by " + city).isPositive();
        return Math.round(100f * supported / earned);
    }

    @Test
    void valmontesPublishedRoundShowsTheShareAsTheCitys() throws Exception {
        int share = percent("valmonte", 2023);
        assertThat(evidence.published(new CitySlug("valmonte"), 2023)
                        .orElseThrow()
                        .reconstructed())
                .isFalse();

        assertThat(page("/cities/valmonte?round=2023", Locale.ENGLISH))
                .contains("Evidence behind " + share + " % of the points")
                .doesNotContain("Reconstructed answers");
        assertThat(report("valmonte", 2023, Locale.ENGLISH)).contains("Evidence behind " + share + " % of the points");
        assertThat(report("valmonte", 2023, Locale.FRENCH)).contains("Preuves à l'appui de " + share + " % des points");
    }

    @Test
    void ansansReconstructedRoundSaysTheEvidenceIsTheProjectsNotTheCitys() throws Exception {
        int share = percent("ansan", 2020);
        assertThat(evidence.published(new CitySlug("ansan"), 2020).orElseThrow().reconstructed())
                .isTrue();

        assertThat(page("/cities/ansan", Locale.ENGLISH))
                .contains("Reconstructed answers: this project wrote the answers of this round")
                .contains(share + " % of the points; none of it was supplied by the city")
                .doesNotContain("Evidence behind " + share);
        assertThat(report("ansan", 2020, Locale.ENGLISH))
                .contains("reconstructed by this project from published sources")
                .contains(share + " % of the points earned, none of it supplied by Ansan");
    }

    @Test
    void aRoundThatIsNotPublishedHasNoPublicShare() {
        // Valmonte's 2026 round is the demo's draft
        assertThat(evidence.published(new CitySlug("valmonte"), 2026)).isEmpty();
        assertThat(evidence.published(new CitySlug("atlantis"), 2023)).isEmpty();
    }
}
