package org.iccindex.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * HEAD and OPTIONS are answered wherever GET is public, for visitors who are not signed in: the application's
 * security rules in front of the league page and the open-data API's city list.
 */
@PublicSideSlice
class HeadAndOptionsTests {
    @Autowired
    MockMvcTester mvc;

    @Test
    void headOfPublicPagesAndTheApiAnswersWithoutAskingForASignIn() {
        assertThat(mvc.perform(MockMvcRequestBuilders.head("/"))).hasStatusOk();
        assertThat(mvc.perform(MockMvcRequestBuilders.head("/api/v1/cities"))).hasStatusOk();
    }

    @Test
    void optionsOfThePublicApiListsTheMethods() {
        assertThat(mvc.perform(MockMvcRequestBuilders.request(HttpMethod.OPTIONS, "/api/v1/cities")))
                .hasStatusOk()
                .headers()
                .containsHeader("Allow");
    }

    @Test
    void headOfAPrivatePageStillAsksForASignIn() {
        assertThat(mvc.perform(MockMvcRequestBuilders.head("/rounds"))).hasStatus3xxRedirection();
    }
}
