package org.iccindex.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The language of a page, on the league: {@code ?lang=} switches and the switch link keeps the query; a language the
 * site does not speak is ignored (neither used nor remembered). Nothing here depends on the results shown.
 */
@PublicSideSlice
class LanguageSwitchTests {
    @Autowired
    MockMvcTester mvc;

    private String page(String url) throws Exception {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theLanguageSwitchKeepsTheQueryAndFrenchPagesSpeakFrench() throws Exception {
        String english = page("/?sort=education&country=Italy");
        // the query is kept, its parameters in either order (in the application, the response cache, not part of
        // this slice, normalises a request's parameters)
        assertThat(english)
                .containsPattern(
                        "href=\"/\\?(sort=education&amp;country=Italy|country=Italy&amp;sort=education)&amp;lang=fr\"");
        String french = page("/?sort=education&country=Italy&lang=fr");
        assertThat(french)
                .contains("<html lang=\"fr\">")
                .contains("Indice des cités interculturelles\u00a0: derniers résultats");
        assertThat(french)
                .containsPattern(
                        "href=\"/\\?(sort=education&amp;country=Italy|country=Italy&amp;sort=education)&amp;lang=en\"");
    }

    @Test
    void anUnsupportedLanguageIsIgnored() throws Exception {
        MvcTestResult result = mvc.get().uri("/?lang=de").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"en\">");
        assertThat(result.getResponse().getCookie("icc-lang")).isNull();
        MvcTestResult french =
                mvc.get().uri("/?lang=xx").cookie(new Cookie("icc-lang", "fr")).exchange();
        assertThat(french.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"fr\">");
    }
}
