package org.iccindex.site.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.iccindex.site.web.PublicSideSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data API refuses parameters it cannot use, naming each one and what it accepts: a web slice of the league
 * endpoint, whose parameters are read against the shipped editions (no result is needed), behind the application's
 * security (the API is public). That a refusal matches its documented schema is checked by
 * {@code ApiContractIntegrationTests}.
 */
@PublicSideSlice
class ApiRefusalTests {
    private final ObjectMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void aRefusalNamesEachParameterThatCannotBeUsedAndWhatItAccepts() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/results?round=twenty&population=huge&origin=invented&sort=beauty")
                .exchange();
        assertThat(result).hasStatus(400);
        JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<String> parameters = new ArrayList<>();
        body.path("problems").forEach(p -> parameters.add(p.path("parameter").asString()));
        assertThat(parameters).containsExactlyInAnyOrder("round", "population", "origin", "sort");
        assertThat(body.path("detail").asString())
                .contains("round=twenty: expected a year such as 2020")
                .contains("population-500000-")
                .contains("published, synthetic, computed");
    }
}
