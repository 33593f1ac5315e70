package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.iccindex.result.ResultImporter;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A corrected result on the public side: the page and the API give the corrected figures, say when the result was
 * corrected and list its versions, and never show who corrected it or why.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class CorrectedResultIntegrationTests {
    private static final String HEADER = "city,slug,country,edition,round,published_on,origin,population,"
            + "foreign_born_pct,commitment,education,source,correction_reason\n";

    /** The application's clock: "today" is the day in icc.time.zone, not in the JVM's zone. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ResultImporter importer;

    private void importCsv(String file, String rows) {
        importer.importResults(file, (HEADER + rows).getBytes(StandardCharsets.UTF_8), "analyst@example.org");
    }

    @Test
    void aCorrectedResultShowsItsNewFiguresItsDateAndItsVersions() throws Exception {
        importCsv("fixville.csv", "Fixville,fixville,Testland,icc-2019,2034,2034-05-01,synthetic,90000,11,41,63,,\n");
        String before =
                mvc.get().uri("/cities/fixville").exchange().getResponse().getContentAsString();
        assertThat(before).doesNotContain("was corrected on").doesNotContain("Versions of this result");

        importCsv(
                "fixville-fix.csv",
                "Fixville,fixville,Testland,icc-2019,2034,2034-05-01,synthetic,90000,11,47,63,,"
                        + "Private note: the coordinator's spreadsheet had a typo\n");
        String today = LocalDate.now(clock).toString();
        String page = mvc.get().uri("/cities/fixville").exchange().getResponse().getContentAsString();
        assertThat(page)
                .contains("This result was corrected on " + today)
                .contains("Versions of this result")
                .contains("First publication")
                .contains("Correction (current)")
                .doesNotContain("Private note")
                .doesNotContain("analyst@example.org");

        String french = mvc.get()
                .uri("/cities/fixville?lang=fr")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(french).contains("Ce résultat a été corrigé le " + today);

        String json = mvc.get()
                .uri("/api/v1/cities/fixville/rounds/2034")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains("\"correctedOn\":\"" + today + "\"")
                .contains("{\"version\":1,\"recordedOn\":\"2034-05-01\",\"correction\":false,\"current\":false}")
                .contains("{\"version\":2,\"recordedOn\":\"" + today + "\",\"correction\":true,\"current\":true}")
                .contains("\"commitment\"")
                .doesNotContain("Private note");
    }
}
