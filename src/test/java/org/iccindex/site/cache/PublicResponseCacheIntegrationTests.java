package org.iccindex.site.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A cached answer is the rendered one, with the same security headers; requests with a session are not cached. */
@OnH2WithDemo
@AutoConfigureMockMvc
class PublicResponseCacheIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Test
    void aSecondVisitorGetsTheSameBytesAndTheSameSecurityHeaders() throws Exception {
        MvcTestResult first = mvc.get().uri("/areas/language").exchange();
        MvcTestResult second = mvc.get().uri("/areas/language").exchange();
        assertThat(second).hasStatusOk();
        assertThat(second.getResponse().getContentAsByteArray())
                .isEqualTo(first.getResponse().getContentAsByteArray());
        for (String header : new String[] {"Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options"}) {
            assertThat(second.getResponse().getHeader(header))
                    .as(header)
                    .isNotBlank()
                    .isEqualTo(first.getResponse().getHeader(header));
        }
        assertThat(second.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(second.getResponse().getHeader("ETag"))
                .isEqualTo(first.getResponse().getHeader("ETag"));
        assertThat(second.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void pagesAreCachedPerLanguage() throws Exception {
        String english = mvc.get()
                .uri("/areas")
                .header("Accept-Language", "en")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String french = mvc.get()
                .uri("/areas")
                .header("Accept-Language", "fr")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("<h1>Areas</h1>");
        assertThat(french).contains("<h1>Domaines</h1>");
    }

    /** The language chosen on the site (its cookie) wins over the browser's, in the cache as on the first visit. */
    @Test
    void aChosenLanguageIsCachedApartFromTheBrowsersOne() throws Exception {
        for (int visit = 1; visit <= 2; visit++) {
            assertThat(heading("fr", null)).as("visit " + visit).isEqualTo("<h1>Domaines</h1>");
            assertThat(heading("fr", "en")).as("visit " + visit).isEqualTo("<h1>Areas</h1>");
            assertThat(heading("en", "fr")).as("visit " + visit).isEqualTo("<h1>Domaines</h1>");
            assertThat(heading("en", null)).as("visit " + visit).isEqualTo("<h1>Areas</h1>");
        }
    }

    private String heading(String browser, String chosen) throws Exception {
        var request = mvc.get().uri("/areas").header("Accept-Language", browser);
        if (chosen != null) {
            request = request.cookie(new Cookie("icc-lang", chosen));
        }
        String page = request.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int start = page.indexOf("<h1>");
        return page.substring(start, page.indexOf("</h1>", start) + 5);
    }

    @Test
    void aRequestWithASessionGoesThroughTheApplication() {
        MvcTestResult result = mvc.get()
                .uri("/areas/media")
                // the session cookie of Spring Session (the id, base64-encoded)
                .cookie(new Cookie(
                        "SESSION",
                        Base64.getEncoder().encodeToString("a-signed-in-visitor".getBytes(StandardCharsets.UTF_8))))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("ETag")).isNull();
    }

    @Test
    void onlyThePublicPagesAndTheApiAreCached() {
        assertThat(PublicResponseCache.cached("/")).isTrue();
        assertThat(PublicResponseCache.cached("/cities/ansan")).isTrue();
        assertThat(PublicResponseCache.cached("/areas/education")).isTrue();
        assertThat(PublicResponseCache.cached("/api/v1/downloads/results.csv")).isTrue();
        assertThat(PublicResponseCache.cached("/cities/ansan/edit")).isFalse();
        assertThat(PublicResponseCache.cached("/cities/")).isFalse();
        assertThat(PublicResponseCache.cached("/login")).isFalse();
        assertThat(PublicResponseCache.cached("/css/site.css")).isFalse();
        assertThat(PublicResponseCache.cached("/api/v1/openapi.json")).isFalse();
        assertThat(PublicResponseCache.cached("/api/v1/swagger-ui/index.html")).isFalse();
    }
}
