package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API keeps the contract its OpenAPI document publishes: every documented path answers, and every real JSON
 * answer (success and refusal) matches its documented schema: types, required properties, nothing undocumented.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class ApiContractIntegrationTests {
    /** Values for the path parameters of the documented paths; a new parameter must be added here. */
    private static final Map<String, String> EXAMPLES = Map.of("edition", "icc-2019", "slug", "ansan", "round", "2020");

    private final ObjectMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    private JsonNode document() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/openapi.json").exchange();
        assertThat(result).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentIsPublicAndDescribesEveryApiPathWithRequiredProperties() throws Exception {
        JsonNode document = document();
        assertThat(document.path("openapi").asString()).startsWith("3.");
        List<String> paths = new ArrayList<>(document.path("paths").propertyNames());
        assertThat(paths)
                .contains(
                        "/api/v1/editions",
                        "/api/v1/editions/{edition}",
                        "/api/v1/areas",
                        "/api/v1/cities",
                        "/api/v1/cities/{slug}",
                        "/api/v1/cities/{slug}/rounds/{round}",
                        "/api/v1/results",
                        "/api/v1/rankings",
                        "/api/v1/statistics",
                        "/api/v1/downloads/results.csv",
                        "/api/v1/downloads/results.xlsx",
                        "/api/v1/downloads/results.json")
                .allMatch(p -> p.startsWith("/api/v1/"));
        JsonNode stats = document.at("/components/schemas/StatisticsValues/required");
        List<String> required = new ArrayList<>();
        stats.forEach(n -> required.add(n.asString()));
        assertThat(required).contains("n", "mean", "median", "q1", "q3", "min", "max");
        // optional fields are documented as such
        List<String> resultRequired = new ArrayList<>();
        document.at("/components/schemas/ResultRecord/required").forEach(n -> resultRequired.add(n.asString()));
        assertThat(resultRequired).contains("city", "round", "areas").doesNotContain("population", "aggregate");
    }

    @Test
    void everyDocumentedPathAnswersWithWhatItsSchemaSays() throws Exception {
        JsonNode document = document();
        JsonSchemaCheck check = new JsonSchemaCheck(document);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String path : document.path("paths").propertyNames()) {
            JsonNode get = document.path("paths").path(path).path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String uri = expand(path);
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
            JsonNode content = get.path("responses").path("200").path("content");
            String type = result.getResponse().getContentType();
            assertThat(type).as(uri).isNotNull();
            String documented = content.propertyNames().stream()
                    .filter(t -> type.startsWith(t))
                    .findFirst()
                    .orElse(null);
            assertThat(documented)
                    .as(uri + " answers " + type + ", documented: " + content.propertyNames())
                    .isNotNull();
            if (documented.contains("json")) {
                JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
                problems.addAll(check.problems(content.path(documented).path("schema"), body, uri));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
        assertThat(problems).isEmpty();
    }

    @Test
    void refusalsMatchTheDocumentedProblemSchema() throws Exception {
        JsonNode document = document();
        JsonSchemaCheck check = new JsonSchemaCheck(document);
        Map<String, Integer> refusals = Map.of(
                "/api/v1/statistics?snapshot=yesterday&population=huge", 400,
                "/api/v1/rankings?metric=happiness", 400,
                "/api/v1/cities/ansan/rounds/last", 400,
                "/api/v1/cities/atlantis", 404,
                "/api/v1/editions/icc-1999", 404);
        for (Map.Entry<String, Integer> refusal : refusals.entrySet()) {
            MvcTestResult result = mvc.get().uri(refusal.getKey()).exchange();
            assertThat(result.getResponse().getStatus()).as(refusal.getKey()).isEqualTo(refusal.getValue());
            String path = refusal.getKey().replaceAll("\\?.*", "");
            String documentedPath = document.path("paths").propertyNames().stream()
                    .filter(p -> path.matches(p.replaceAll("\\{[^}]+}", "[^/]+")))
                    .findFirst()
                    .orElseThrow();
            JsonNode schema = document.path("paths")
                    .path(documentedPath)
                    .path("get")
                    .path("responses")
                    .path(String.valueOf(refusal.getValue()))
                    .path("content")
                    .path("application/problem+json")
                    .path("schema");
            assertThat(schema.isMissingNode())
                    .as(refusal.getKey() + " documents its refusal")
                    .isFalse();
            JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(check.problems(schema, body, refusal.getKey())).isEmpty();
        }
    }

    private static String expand(String path) {
        String uri = path;
        java.util.regex.Matcher variables =
                java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (variables.find()) {
            String name = variables.group(1);
            assertThat(EXAMPLES)
                    .as("an example value for {" + name + "} of " + path)
                    .containsKey(name);
            uri = uri.replace("{" + name + "}", EXAMPLES.get(name));
        }
        return uri;
    }
}
