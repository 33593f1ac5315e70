package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.assessment.EvidenceRecords;
import org.iccindex.assessment.Fixture;
import org.iccindex.assessment.RoundFiles;
import org.iccindex.assessment.RoundWorkflow;
import org.iccindex.assessment.Rounds;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.QuestionCode;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Nothing unpublished shows on the public side. Every GET route the application maps (collected from the handler
 * mapping, so a new route is covered the day it is added) is requested anonymously, with its path variables filled
 * with real and with unpublished values and every query parameter set to the unpublished city; no answer (page,
 * JSON, CSV, XLSX, error page) may name what is not published.
 *
 * <p>Planted: three cities, one with a draft round (and an evidence note), one with a submitted round and one with
 * a validated round, none published (a city cannot start a round while another is unpublished), with distinctive
 * names; and Valmonte's demo draft round of 2026, next to its published 2023
 * result, whose year must not show among its public rounds.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class PublicLeakIntegrationTests {
    static final String SLUG = "zz-unpublished-leakprobe";
    static final String NAME = "Unpublishedville Leakprobe";
    static final String COUNTRY = "Republic of Leakland";

    /** Texts that belong only to unpublished data: none may appear in any public answer. */
    static final String EVIDENCE = "Leakprobe evidence note never published";

    static final String SUBMITTED = "Submittedburg Leakprobe";
    static final String VALIDATED = "Validatedton Leakprobe";

    static final List<String> UNPUBLISHED = List.of(
            NAME,
            COUNTRY,
            "/cities/" + SLUG,
            EVIDENCE,
            SUBMITTED,
            VALIDATED,
            "zz-submitted-leakprobe",
            "zz-validated-leakprobe");

    /** Values for path variables: a real one and the unpublished one where the variable names a city. */
    static final Map<String, List<String>> PATH_VALUES = Map.ofEntries(
            Map.entry("slug", List.of("ansan", SLUG)),
            Map.entry("round", List.of("2020")),
            Map.entry("edition", List.of("icc-2019")),
            Map.entry("code", List.of("education", "aggregate")),
            Map.entry("roundId", List.of("1")),
            Map.entry("area", List.of("commitment")),
            Map.entry("step", List.of("submit")),
            Map.entry("evidenceId", List.of("1")),
            Map.entry("requestId", List.of("1")),
            Map.entry("id", List.of("1")),
            Map.entry("key", List.of("aggregate.score")),
            Map.entry("accountId", List.of("1")),
            Map.entry("token", List.of("x")));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CityRepository cities;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    Accounts accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    RoundFiles files;

    @Autowired
    RoundWorkflow workflow;

    @Autowired
    EvidenceRecords evidence;

    @BeforeEach
    void plantUnpublished() {
        if (cities.find(new CitySlug(SLUG)).isPresent()) {
            return;
        }
        City draftCity = cities.create(new CitySlug(SLUG), NAME, COUNTRY, false);
        City submittedCity = cities.create(new CitySlug("zz-submitted-leakprobe"), SUBMITTED, COUNTRY, false);
        City validatedCity = cities.create(new CitySlug("zz-validated-leakprobe"), VALIDATED, COUNTRY, false);
        CurrentUser analyst = accounts.create(
                "analyst@leakprobe.example.org",
                "Leakprobe analyst",
                Role.ANALYST,
                Optional.empty(),
                Optional.of("a leak probe password"),
                false);
        byte[] answers = Fixture.valmonteAnswersWithout(List.of());
        CurrentUser validator = coordinator(validatedCity);
        long validated = rounds.start(validator, validatedCity.id(), 2024).id();
        assertThat(files.uploadAnswers(validated, "answers.yaml", answers, validator)
                        .saved())
                .isTrue();
        workflow.submit(validated, validator);
        workflow.validate(validated, analyst);
        CurrentUser submitter = coordinator(submittedCity);
        long submitted = rounds.start(submitter, submittedCity.id(), 2024).id();
        assertThat(files.uploadAnswers(submitted, "answers.yaml", answers, submitter)
                        .saved())
                .isTrue();
        workflow.submit(submitted, submitter);
        CurrentUser drafter = coordinator(draftCity);
        long draft = rounds.start(drafter, draftCity.id(), 2025).id();
        evidence.addLink(
                draft, new QuestionCode("commitment.strategy"), "https://example.org/leakprobe", EVIDENCE, drafter);
    }

    private CurrentUser coordinator(City city) {
        return accounts.create(
                "coordinator@" + city.slug() + ".example.org",
                "Coordinator of " + city.name(),
                Role.COORDINATOR,
                Optional.of(city.id()),
                Optional.of("a leak probe password"),
                false);
    }

    @Test
    void aPublishedCitysDraftRoundDoesNotShowAmongItsPublicRounds() throws Exception {
        // Valmonte (demo) has a published 2023 result and a draft 2026 round
        String api = text(mvc.get().uri("/api/v1/cities/valmonte").exchange());
        assertThat(api).contains("\"round\":2023").doesNotContain("\"round\":2026");
        assertThat(text(mvc.get().uri("/cities/valmonte").exchange())).doesNotContain(">2026<");
        assertThat(mvc.get().uri("/api/v1/cities/valmonte/rounds/2026").exchange())
                .hasStatus(404);
    }

    @Test
    void noPublicPageOrApiAnswerNamesAnUnpublishedCity() throws Exception {
        Set<String> routes = new TreeSet<>();
        List<String> leaks = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            List<String> parameters = queryParameters(entry.getValue());
            for (String pattern : info.getPatternValues()) {
                routes.add(pattern);
                for (String uri : expand(pattern)) {
                    for (String query : queries(parameters)) {
                        MvcTestResult result = mvc.get().uri(uri + query).exchange();
                        requests++;
                        String body = text(result);
                        for (String secret : UNPUBLISHED) {
                            if (body.contains(secret)) {
                                leaks.add(uri + query + " ("
                                        + result.getResponse().getStatus() + ") shows '" + secret + "'");
                            }
                        }
                    }
                }
            }
        }
        assertThat(routes)
                .as("the public routes are all covered")
                .contains(
                        "/",
                        "/cities/{slug}",
                        "/compare",
                        "/areas",
                        "/areas/{code}",
                        "/methodology",
                        "/data",
                        "/api/v1/cities",
                        "/api/v1/cities/{slug}",
                        "/api/v1/cities/{slug}/rounds/{round}",
                        "/api/v1/results",
                        "/api/v1/rankings",
                        "/api/v1/statistics",
                        "/api/v1/downloads/results.csv",
                        "/api/v1/downloads/results.xlsx",
                        "/api/v1/downloads/results.json");
        assertThat(requests).isGreaterThan(40);
        assertThat(leaks).isEmpty();
    }

    @Test
    void theUnpublishedCitysOwnAddressesAreNotFound() {
        assertThat(mvc.get().uri("/cities/" + SLUG).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/cities/" + SLUG).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/cities/" + SLUG + "/rounds/2020").exchange())
                .hasStatus(404);
    }

    /** The query parameters a handler reads: @RequestParam names, and the components of bound records. */
    private static List<String> queryParameters(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                names.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return List.copyOf(names);
    }

    /** No parameter, then every parameter set to the unpublished city's slug, then to its name. */
    private static List<String> queries(List<String> parameters) {
        if (parameters.isEmpty()) {
            return List.of("");
        }
        List<String> queries = new ArrayList<>();
        queries.add("");
        for (String value : List.of(SLUG, NAME.replace(' ', '+'))) {
            StringBuilder query = new StringBuilder("?");
            for (String name : parameters) {
                query.append(query.length() > 1 ? "&" : "")
                        .append(name)
                        .append('=')
                        .append(value);
            }
            queries.add(query.toString());
        }
        return queries;
    }

    private static List<String> expand(String pattern) {
        List<String> uris = new ArrayList<>(List.of(pattern));
        Matcher variables = Pattern.compile("\\{([^}:]+)[^}]*}").matcher(pattern);
        while (variables.find()) {
            String variable = variables.group(0);
            List<String> values = PATH_VALUES.get(variables.group(1));
            assertThat(values)
                    .as("values for " + variable + " of route " + pattern + ": add them to PATH_VALUES")
                    .isNotNull();
            List<String> expanded = new ArrayList<>();
            for (String uri : uris) {
                for (String value : values) {
                    expanded.add(uri.replace(variable, value));
                }
            }
            uris = expanded;
        }
        return uris;
    }

    /** The answer as text; a workbook's cells one per line. */
    private static String text(MvcTestResult result) throws Exception {
        byte[] body = result.getResponse().getContentAsByteArray();
        String type = String.valueOf(result.getResponse().getContentType());
        if (type.contains("spreadsheetml")) {
            StringBuilder cells = new StringBuilder();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            cells.append(cell.toString()).append('\n');
                        }
                    }
                }
            }
            return cells.toString();
        }
        return new String(body, StandardCharsets.UTF_8)
                + String.join(
                        "\n",
                        result.getResponse().getHeaderNames().stream()
                                .map(h -> h + ": " + result.getResponse().getHeader(h))
                                .toList());
    }
}
