package org.iccindex.site.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The attack that used to blank the public site: hundreds of addresses with made-up parameters, a pause, one more
 * new address; the home page must still answer in full. Made-up parameters do not even make entries.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class CacheAttackIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    RenderedPages pages;

    @Test
    void hundredsOfMadeUpAddressesNeitherBlankNorChangeTheHomePage() throws Exception {
        MvcTestResult before = mvc.get().uri("/").exchange();
        byte[] full = before.getResponse().getContentAsByteArray();
        assertThat(new String(full, StandardCharsets.UTF_8)).contains("Ansan");
        long entries = pages.size();

        for (int n = 1; n <= 400; n++) {
            MvcTestResult attacked = mvc.get().uri("/?zz=" + n).exchange();
            assertThat(attacked).hasStatusOk();
            assertThat(attacked.getResponse().getContentAsByteArray()).isEqualTo(full);
        }
        // parameters the league reads do make entries; the cache stays bounded and keeps answering
        for (int n = 1; n <= 100; n++) {
            assertThat(mvc.get().uri("/?country=Nowhere" + n).exchange()).hasStatusOk();
        }
        Thread.sleep(1_200); // the grace period after which the old cache purged files still in use
        assertThat(mvc.get().uri("/?zz=401").exchange()).hasStatusOk();

        MvcTestResult after = mvc.get().uri("/").exchange();
        assertThat(after).hasStatusOk();
        assertThat(after.getResponse().getContentAsByteArray()).isEqualTo(full);
        assertThat(after.getResponse().getContentLength()).isEqualTo(full.length);
        assertThat(after.getResponse().getHeader("ETag"))
                .isEqualTo(before.getResponse().getHeader("ETag"));
        assertThat(pages.size()).isLessThanOrEqualTo(entries + 100);
    }

    @Test
    void aMadeUpParameterNeitherChangesTheKeyNorTheAnswerOfTheApi() throws Exception {
        MvcTestResult plain = mvc.get().uri("/api/v1/results?sort=city").exchange();
        MvcTestResult padded =
                mvc.get().uri("/api/v1/results?zz=1&sort=city&utm_source=x").exchange();
        assertThat(padded).hasStatusOk();
        assertThat(padded.getResponse().getContentAsByteArray())
                .isEqualTo(plain.getResponse().getContentAsByteArray());
        assertThat(padded.getResponse().getHeader("ETag"))
                .isEqualTo(plain.getResponse().getHeader("ETag"));
    }
}
