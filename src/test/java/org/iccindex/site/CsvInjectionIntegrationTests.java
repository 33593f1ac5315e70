package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.iccindex.result.ResultImporter;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Imported city, country and source fields that look like formulas come out of the results CSV as text. */
@OnH2
@AutoConfigureMockMvc
class CsvInjectionIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    ResultImporter importer;

    @Test
    void noCellOfTheResultsDownloadStartsAFormula() throws Exception {
        String csv = "city,slug,country,edition,round,published_on,origin,aggregate,commitment,source\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\",formula-town,+Testland,icc-2019,2020,2020,"
                + "published,60,55,@SUM(A1:A2)\n"
                + "-Minus City,minus-city,\"-2+3+cmd|' /C calc'!A0\",icc-2019,2020,2020,published,50,45,"
                + "https://example.org/a\n";
        importer.importResults("evil.csv", csv.getBytes(StandardCharsets.UTF_8), "test");
        String body = mvc.get()
                .uri("/api/v1/downloads/results.csv")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records =
                CSVFormat.RFC4180.builder().get().parse(new StringReader(body)).getRecords();
        List<String> cells = new ArrayList<>();
        records.forEach(r -> r.forEach(cells::add));
        assertThat(cells).contains("'=HYPERLINK(\"http://evil.example\",\"open\")", "'+Testland", "'@SUM(A1:A2)");
        assertThat(cells).contains("'-Minus City", "'-2+3+cmd|' /C calc'!A0");
        assertThat(cells)
                .filteredOn(c -> !c.matches("-?\\d+(\\.\\d+)?"))
                .noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
    }
}
