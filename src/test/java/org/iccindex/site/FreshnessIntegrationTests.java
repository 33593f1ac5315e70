package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.iccindex.result.ResultImporter;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A new published result changes the data version: cached pages, API answers and ETags follow at once. */
@OnH2
@AutoConfigureMockMvc
class FreshnessIntegrationTests {
    private static final String HEADER =
            "city,slug,country,edition,round,published_on,origin,population,aggregate,commitment,source\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ResultImporter importer;

    @Test
    void aNewResultShowsAtOnceAndChangesTheEtag() throws Exception {
        importer.importResults(
                "first.csv",
                (HEADER + "Freshtown,freshtown-etag,Freshland,icc-2019,2021,2021-05-01,published,300000,61,55,test\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test");
        MvcTestResult before = mvc.get().uri("/api/v1/cities").exchange();
        String etag = before.getResponse().getHeader("ETag");
        assertThat(before.getResponse().getContentAsString()).contains("freshtown-etag");
        assertThat(mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Freshtown")
                .doesNotContain("Latertown");
        assertThat(mvc.get().uri("/api/v1/cities").header("If-None-Match", etag).exchange())
                .hasStatus(304);

        importer.importResults(
                "second.csv",
                (HEADER + "Latertown,latertown-etag,Freshland,icc-2019,2022,2022-05-01,published,300000,70,60,test\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test");
        MvcTestResult after =
                mvc.get().uri("/api/v1/cities").header("If-None-Match", etag).exchange();
        assertThat(after).hasStatusOk();
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(after.getResponse().getContentAsString()).contains("latertown-etag");
        assertThat(mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Latertown");
    }
}
