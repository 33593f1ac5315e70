package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
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
 * <p>Unpublished today: a city with no result row (the state of a city whose only round is a draft). When rounds
 * exist, plant a city with a draft, a submitted and a validated round in {@link #plantUnpublished()} and add their
 * distinctive texts to {@link #UNPUBLISHED}.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class PublicLeakIntegrationTests {
    static final String SLUG = "zz-unpublished-leakprobe";
    static final String NAME = "Unpublishedville Leakprobe";
    static final String COUNTRY = "Republic of Leakland";

    /** Texts that belong only to unpublished data: none may appear in any public answer. */
    static final List<String> UNPUBLISHED = List.of(NAME, COUNTRY, "/cities/" + SLUG);

    /** Values for path variables: a real one and the unpublished one where the variable names a city. */
    static final Map<String, List<String>> PATH_VALUES = Map.ofEntries(
            Map.entry("slug", List.of("ansan", SLUG)),
            Map.entry("round", List.of("2020")),
            Map.entry("edition", List.of("icc-2019")),
            Map.entry("code", List.of("education", "aggregate")),
            // routes of the other modules: reports, practices, accounts, invitations, the questionnaire
            Map.entry("id", List.of("1")),
            Map.entry("key", List.of("aggregate.score", "bergen-outreach-mediation")),
            Map.entry("accountId", List.of("1")),
            Map.entry("token", List.of("no-such-token")),
            Map.entry("roundId", List.of("1")),
            Map.entry("area", List.of("profile")),
            Map.entry("step", List.of("submit")),
            Map.entry("evidenceId", List.of("1")));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CityRepository cities;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @BeforeEach
    void plantUnpublished() {
        if (cities.find(new CitySlug(SLUG)).isEmpty()) {
            cities.create(new CitySlug(SLUG), NAME, COUNTRY, false);
        }
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
