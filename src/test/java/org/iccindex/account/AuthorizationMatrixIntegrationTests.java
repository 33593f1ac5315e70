package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iccindex.account.AuthorizationRules.Actor.ANONYMOUS;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iccindex.account.AuthorizationRules.Actor;
import org.iccindex.account.AuthorizationRules.Rule;
import org.iccindex.assessment.EvidenceRecords;
import org.iccindex.assessment.Reviews;
import org.iccindex.assessment.Rounds;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.QuestionCode;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix: every endpoint of the application × every kind of visitor (anonymous, administrator,
 * analyst, coordinator and contributor of city A, coordinator of city B). Endpoints are discovered from Spring MVC's
 * handler mappings, so a new endpoint without a line in {@link AuthorizationRules#RULES} fails
 * {@link #everyEndpointHasARule()}. For each pair: an allowed visitor gets through (no 401/403/404, no sign-in
 * redirect, no server error), a refused one is sent to the sign-in page (anonymous) or gets 403/404; every request
 * that changes something is refused without its CSRF token; every page an allowed visitor sees carries the security
 * headers, a CSRF token in each of its forms, and no inline script or style.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.DOTALL);
    private static final Pattern INLINE_STYLE =
            Pattern.compile("<style\\b|\\sstyle\\s*=|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    CityRepository cities;

    @Autowired
    AccountUserDetailsService details;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    Rounds rounds;

    @Autowired
    EvidenceRecords evidence;

    @Autowired
    Reviews reviews;

    private final Map<Actor, String> usernames = new EnumMap<>(Actor.class);
    private final Map<String, String> samples = new java.util.HashMap<>();

    @BeforeAll
    void accountsAndCities() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        City a = cities.create(new CitySlug("matrix-a-" + run), "Matrix A", "Nowhere", false);
        City b = cities.create(new CitySlug("matrix-b-" + run), "Matrix B", "Nowhere", false);
        Optional<String> password = Optional.of("matrix password " + run);
        CurrentUser admin = create("admin", Role.ADMINISTRATOR, Optional.empty(), password, run);
        usernames.put(Actor.ADMINISTRATOR, admin.username());
        CurrentUser analyst = create("analyst", Role.ANALYST, Optional.empty(), password, run);
        usernames.put(Actor.ANALYST, analyst.username());
        CurrentUser coordinatorA = create("coord-a", Role.COORDINATOR, Optional.of(a.id()), password, run);
        usernames.put(Actor.COORDINATOR_A, coordinatorA.username());
        usernames.put(
                Actor.CONTRIBUTOR_A,
                create("contrib-a", Role.CONTRIBUTOR, Optional.of(a.id()), password, run)
                        .username());
        usernames.put(
                Actor.COORDINATOR_B,
                create("coord-b", Role.COORDINATOR, Optional.of(b.id()), password, run)
                        .username());
        CurrentUser target = create("target", Role.CONTRIBUTOR, Optional.of(b.id()), password, run);
        Invitations.Sent invited = invitations.invite(
                admin,
                new Invitations.Invite(
                        "matrix-invited-" + run + "@example.org",
                        "Invited",
                        Role.CONTRIBUTOR,
                        Optional.of(b.id()),
                        java.util.Locale.ENGLISH),
                "http://localhost");
        samples.put("slug", a.slug().value());
        samples.put("id", String.valueOf(publishedReport()));
        samples.put("accountId", String.valueOf(target.id()));
        samples.put("token", invited.link().substring(invited.link().lastIndexOf('/') + 1));
        questionnaireOf(a, coordinatorA, analyst);
    }

    /** City A's draft round, with a file as evidence and an open review query on one answer. */
    private void questionnaireOf(City a, CurrentUser coordinator, CurrentUser analyst) {
        long round = rounds.start(coordinator, a.id(), 2026).id();
        QuestionCode question = new QuestionCode("profile.structure");
        byte[] pdf = "%PDF-1.4 matrix".getBytes(StandardCharsets.US_ASCII);
        samples.put("roundId", String.valueOf(round));
        samples.put(
                "evidenceId",
                String.valueOf(evidence.addFile(round, question, "matrix.pdf", pdf, coordinator)
                        .id()));
        samples.put(
                "queryId",
                String.valueOf(
                        reviews.raise(round, question, "Matrix query", analyst).id()));
    }

    /** A published report of Valmonte (its stored bytes only matter for the download routes). */
    private long publishedReport() {
        long valmonte = cities.find(new CitySlug("valmonte")).orElseThrow().id();
        org.springframework.jdbc.support.GeneratedKeyHolder keys =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into report_publication (city_id, edition_id, round_year, language, benchmark, title,
                            fingerprint, html, pdf, published_by, published_at)
                        values (?, 'icc-2019', 2023, 'en', null, 'Valmonte', 'matrix', '<html></html>', ?, 'matrix', ?)""")
                .params(
                        valmonte,
                        "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private CurrentUser create(String who, Role role, Optional<Long> city, Optional<String> password, String run) {
        return accounts.create(
                "matrix-" + who + "-" + run + "@example.org", "Matrix " + who, role, city, password, false);
    }

    @Test
    void everyEndpointHasARule() {
        Set<String> discovered = discoveredEndpoints();
        Set<String> missing = new TreeSet<>();
        for (String endpoint : discovered) {
            if (AuthorizationRules.find(endpoint).isEmpty()) {
                missing.add(endpoint);
            }
        }
        assertThat(missing)
                .as("add a rule for each of these endpoints to AuthorizationRules.RULES (who may call it)")
                .isEmpty();
        Set<String> stale = new TreeSet<>();
        for (Rule rule : AuthorizationRules.RULES) {
            if (!rule.filter() && !discovered.contains(rule.endpoint())) {
                stale.add(rule.endpoint());
            }
        }
        assertThat(stale)
                .as("rules for endpoints that no longer exist: remove them from AuthorizationRules.RULES")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyVisitorGetsWhatTheRuleSays() {
        return AuthorizationRules.RULES.stream()
                .flatMap(rule -> Stream.of(Actor.values())
                        .map(actor ->
                                DynamicTest.dynamicTest(rule.endpoint() + " as " + actor, () -> check(rule, actor))));
    }

    private void check(Rule rule, Actor actor) throws Exception {
        HttpMethod method = rule.method();
        boolean changes = !method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD);
        if (changes) {
            MockHttpServletResponse withoutToken = perform(rule, actor, rule.url(samples), false);
            assertThat(withoutToken.getStatus())
                    .as("%s as %s without a CSRF token", rule.endpoint(), actor)
                    .isEqualTo(403);
        }
        if (rule.filter()) {
            return; // sign-in and sign-out themselves: see SignInIntegrationTests and AccountPagesIntegrationTests
        }
        MockHttpServletResponse response = perform(rule, actor, rule.url(samples), changes);
        String what = rule.endpoint() + " as " + actor + " -> " + response.getStatus() + " "
                + Optional.ofNullable(response.getRedirectedUrl()).orElse("");
        if (rule.allowed().contains(actor)) {
            if (rule.anyAnswer()) {
                assertThat(response.getStatus()).as(what).isNotIn(401, 403);
            } else {
                assertThat(response.getStatus()).as(what).isLessThan(500).isNotIn(401, 403, 404, 405);
            }
            assertThat(toSignIn(response))
                    .as(what + ": sent to the sign-in page")
                    .isFalse();
            if (response.getStatus() == 200 && isHtml(response)) {
                checkPage(what, response);
            }
        } else if (actor == ANONYMOUS) {
            assertThat(response.getStatus() == 401 || toSignIn(response))
                    .as(what + ": anonymous must be sent to the sign-in page")
                    .isTrue();
        } else {
            assertThat(response.getStatus()).as(what).isIn(403, 404);
        }
        if (rule.publishedOnly()) {
            String url = rule.with("slug", samples.get("slug")).url(samples);
            MockHttpServletResponse unpublished = perform(rule, ANONYMOUS, url, false);
            assertThat(unpublished.getStatus())
                    .as("%s for a city without a published result, as %s", rule.endpoint(), ANONYMOUS)
                    .isEqualTo(404);
        }
    }

    private MockHttpServletResponse perform(Rule rule, Actor actor, String url, boolean withToken) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(rule.method(), url);
        if (actor != ANONYMOUS) {
            request.with(user(details.loadUserByUsername(usernames.get(actor))));
        }
        if (withToken) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void checkPage(String what, MockHttpServletResponse response) throws Exception {
        assertThat(response.getHeader("Content-Security-Policy"))
                .as(what)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(1).toLowerCase(java.util.Locale.ROOT).contains("method=\"post\"")) {
                assertThat(form.group(2))
                        .as(what + ": a form without a CSRF token: " + form.group(1))
                        .contains("name=\"_csrf\"");
            }
        }
        assertThat(INLINE_SCRIPT.matcher(html).find())
                .as(what + ": inline script")
                .isFalse();
        assertThat(INLINE_STYLE.matcher(html).find())
                .as(what + ": inline style or event handler")
                .isFalse();
    }

    private static boolean toSignIn(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() / 100 == 3
                && location != null
                && location.replaceFirst("^https?://[^/]+", "").equals("/login");
    }

    /** A page shown in the browser (a downloaded HTML file is a document, not a page under the site's policy). */
    private static boolean isHtml(MockHttpServletResponse response) {
        String disposition = response.getHeader("Content-Disposition");
        return response.getContentType() != null
                && response.getContentType().startsWith("text/html")
                && (disposition == null || !disposition.startsWith("attachment"));
    }

    private Set<String> discoveredEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(m -> endpoints.add(m + " " + pattern));
                }
            }
        }
        return endpoints;
    }
}
