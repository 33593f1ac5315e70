package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.iccindex.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** HEAD and OPTIONS are answered wherever GET is public, for visitors who are not signed in. */
@OnH2
@AutoConfigureMockMvc
class HeadAndOptionsIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Test
    void headOfPublicPagesAndTheApiAnswersWithoutAskingForASignIn() {
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/")))
                .hasStatusOk();
        assertThat(mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/api/v1/cities")))
                .hasStatusOk();
    }

    @Test
    void optionsOfThePublicApiListsTheMethods() {
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                        HttpMethod.OPTIONS, "/api/v1/cities")))
                .hasStatusOk()
                .headers()
                .containsHeader("Allow");
    }

    @Test
    void headOfAPrivatePageStillAsksForASignIn() {
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/rounds")))
                .hasStatus3xxRedirection();
    }
}
