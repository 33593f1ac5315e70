package org.iccindex.account;

import static org.iccindex.account.AuthorizationRules.Actor.ADMINISTRATOR;
import static org.iccindex.account.AuthorizationRules.Actor.ANALYST;
import static org.iccindex.account.AuthorizationRules.Actor.ANONYMOUS;
import static org.iccindex.account.AuthorizationRules.Actor.CONTRIBUTOR_A;
import static org.iccindex.account.AuthorizationRules.Actor.COORDINATOR_A;
import static org.iccindex.account.AuthorizationRules.Actor.COORDINATOR_B;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;

/**
 * Who may call each endpoint of the application: ONE LINE PER ROUTE, as Spring MVC names it ({@code METHOD pattern};
 * {@code ANY} for a mapping without a method). {@link AuthorizationMatrixIntegrationTests} fails for an endpoint
 * without a line here, and for a line whose endpoint no longer exists.
 *
 * <p>Path variables take sample values that the matrix test creates: {@code {slug}} is city A (which has no
 * published result), {@code {accountId}} an account of city B, {@code {token}} a valid invitation link. A route that
 * names another variable needs a sample (see {@code AuthorizationMatrixIntegrationTests#accountsAndCities}), or
 * {@code .with("var", "value")} on its line.
 */
final class AuthorizationRules {
    /** The visitors of the matrix. City A and city B are two cities; no route's sample names city B. */
    enum Actor {
        ANONYMOUS,
        ADMINISTRATOR,
        ANALYST,
        COORDINATOR_A,
        CONTRIBUTOR_A,
        COORDINATOR_B
    }

    static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);
    static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    /** A route about city A's unpublished data: programme staff and city A's own people, never city B's. */
    static final Set<Actor> CITY_A = EnumSet.of(ADMINISTRATOR, ANALYST, COORDINATOR_A, CONTRIBUTOR_A);

    /** City A's own people, who answer its questionnaire. */
    static final Set<Actor> CITY_PEOPLE_A = EnumSet.of(COORDINATOR_A, CONTRIBUTOR_A);

    static final Set<Actor> STAFF = EnumSet.of(ADMINISTRATOR, ANALYST);
    static final Set<Actor> ADMINISTRATORS = EnumSet.of(ADMINISTRATOR);

    static final List<Rule> RULES = List.of(
            // Public pages: published data only.
            route("GET /", EVERYONE),
            published("GET /cities/{slug}"),
            route("GET /login", EVERYONE),
            route("ANY /error", EVERYONE).anyStatus(),
            // Sign-in and sign-out are Spring Security filters, not handler methods.
            filter("POST /login"),
            filter("POST /logout"),
            // Invitation links: opened by people who have no password yet.
            route("GET /invitation/{token}", EVERYONE),
            route("POST /invitation/{token}", EVERYONE),
            // My account; a city's team.
            route("GET /account", SIGNED_IN),
            route("POST /account/password", SIGNED_IN),
            route("GET /team/{slug}", CITY_A),
            // Administration.
            route("GET /admin", ADMINISTRATORS),
            route("GET /admin/cities/new", ADMINISTRATORS),
            route("POST /admin/cities", ADMINISTRATORS),
            route("GET /admin/invitations/new", ADMINISTRATORS),
            route("POST /admin/invitations", ADMINISTRATORS),
            route("GET /admin/accounts/{accountId}", ADMINISTRATORS),
            route("POST /admin/accounts/{accountId}/disable", ADMINISTRATORS),
            route("POST /admin/accounts/{accountId}/enable", ADMINISTRATORS),
            route("POST /admin/accounts/{accountId}/invitation", ADMINISTRATORS),
            route("GET /admin/outbox", ADMINISTRATORS),
            route("GET /admin/audit", ADMINISTRATORS),
            // Published index analysis reports: public for a published city; {id} is a report the matrix publishes.
            published("GET /cities/{slug}/reports"),
            published("GET /cities/{slug}/reports/{id}.pdf"),
            published("GET /cities/{slug}/reports/{id}.html"),
            // The report editor: programme staff only, on a city with a result (Valmonte's 2023 round).
            route("GET /reports", STAFF),
            editor("GET /reports/{slug}/{round}"),
            editor("GET /reports/{slug}/{round}/draft.html"),
            editor("GET /reports/{slug}/{round}/draft.pdf"),
            editor("GET /reports/{slug}/{round}/paragraphs/{key}"),
            editor("POST /reports/{slug}/{round}/paragraphs/{key}"),
            editor("POST /reports/{slug}/{round}/publish"),
            // Good-practice catalogue: public search, practice pages and recommendations (published cities only);
            // analysts manage and decide, everyone signed in may propose (module practice).
            route("GET /practices", EVERYONE),
            route("GET /practices/{key}", EVERYONE).with("key", "bergen-outreach-mediation"),
            route("GET /practices/recommendations", EVERYONE),
            published("GET /practices/recommendations/{slug}"),
            route("GET /manage/practices", SIGNED_IN),
            route("GET /manage/practices/propose", SIGNED_IN),
            route("POST /manage/practices/propose", SIGNED_IN),
            route("GET /manage/practices/new", STAFF),
            route("POST /manage/practices/new", STAFF),
            route("GET /manage/practices/{id}/edit", STAFF).with("id", "1"),
            route("POST /manage/practices/{id}/edit", STAFF).with("id", "1"),
            route("POST /manage/practices/{id}/accept", STAFF).with("id", "1"),
            route("POST /manage/practices/{id}/decline", STAFF).with("id", "1"),
            route("POST /manage/practices/{id}/retire", STAFF).with("id", "1"),
            route("POST /manage/recommendations/{slug}/{round}", STAFF).with("round", "2023"),
            route("POST /manage/recommendations/{slug}/{round}/reset", STAFF).with("round", "2023"),
            // The questionnaire (module assessment): {roundId} is a draft round of city A, {evidenceId} a file of it,
            // {queryId} a review query on it. Other cities' people get 404; a role that may see the round but not
            // take the step gets 403; a step refused by the round's state (incomplete, wrong status) is 409.
            route("GET /rounds", SIGNED_IN),
            route("POST /rounds", EnumSet.of(ADMINISTRATOR, ANALYST, COORDINATOR_A, COORDINATOR_B)),
            route("GET /rounds/{roundId}", CITY_A),
            questionnaire("GET /rounds/{roundId}/areas/{area}", CITY_A),
            questionnaire("GET /rounds/{roundId}/confirm/{step}", CITY_A),
            route("POST /rounds/{roundId}/submit", EnumSet.of(COORDINATOR_A)),
            route("POST /rounds/{roundId}/return", EnumSet.of(ANALYST)),
            route("POST /rounds/{roundId}/validate", EnumSet.of(ANALYST)),
            route("POST /rounds/{roundId}/publish", EnumSet.of(ANALYST)),
            questionnaire("POST /rounds/{roundId}/answers/{question}", CITY_PEOPLE_A),
            questionnaire("POST /rounds/{roundId}/answers/{question}/confirm", CITY_PEOPLE_A),
            questionnaire("POST /rounds/{roundId}/areas/{area}/confirm", CITY_PEOPLE_A),
            questionnaire("POST /rounds/{roundId}/answers/{question}/links", CITY_PEOPLE_A),
            questionnaire("POST /rounds/{roundId}/answers/{question}/files", CITY_PEOPLE_A),
            route("POST /rounds/{roundId}/evidence/{evidenceId}/remove", CITY_PEOPLE_A),
            route("GET /rounds/{roundId}/evidence/{evidenceId}", CITY_A),
            route("GET /rounds/{roundId}/review", CITY_A),
            route("GET /rounds/{roundId}/improve", CITY_A),
            questionnaire("POST /rounds/{roundId}/answers/{question}/queries", EnumSet.of(ANALYST)),
            route(
                    "POST /rounds/{roundId}/queries/{queryId}/replies",
                    EnumSet.of(ANALYST, COORDINATOR_A, CONTRIBUTOR_A)),
            route("POST /rounds/{roundId}/queries/{queryId}/resolve", EnumSet.of(ANALYST)),
            // Contesting a published result: the sample round is a draft, so the allowed roles get 409 (nothing
            // published to contest, no open request to decide on); a city role asking to decide gets 403.
            route("GET /rounds/{roundId}/requests", CITY_A),
            route("POST /rounds/{roundId}/requests", EnumSet.of(COORDINATOR_A)),
            route("POST /rounds/{roundId}/requests/decline", EnumSet.of(ANALYST)),
            route("POST /rounds/{roundId}/requests/accept", EnumSet.of(ANALYST)),
            // the sample round has no request: the file is not found for those who may see the round
            route("GET /rounds/{roundId}/requests/{requestId}/file", CITY_A)
                    .with("requestId", "0")
                    .anyStatus(),
            route("GET /rounds/{roundId}/workbook.xlsx", CITY_A),
            route("POST /rounds/{roundId}/workbook", CITY_PEOPLE_A),
            route("GET /rounds/{roundId}/answers.json", CITY_A),
            route("POST /rounds/{roundId}/answers-file", CITY_PEOPLE_A),
            // The public site and the open-data API (published data only).
            route("GET /compare", EVERYONE),
            route("GET /areas", EVERYONE),
            route("GET /areas/{code}", EVERYONE).with("code", "education"),
            route("GET /methodology", EVERYONE),
            route("GET /data", EVERYONE),
            route("GET /api/v1/areas", EVERYONE),
            route("GET /api/v1/cities", EVERYONE),
            published("GET /api/v1/cities/{slug}"),
            published("GET /api/v1/cities/{slug}/rounds/{round}").with("round", "2023"),
            route("GET /api/v1/editions", EVERYONE),
            route("GET /api/v1/editions/{edition}", EVERYONE).with("edition", "icc-2019"),
            route("GET /api/v1/results", EVERYONE),
            route("GET /api/v1/rankings", EVERYONE),
            route("GET /api/v1/statistics", EVERYONE),
            route("GET /api/v1/robustness", EVERYONE),
            route("GET /api/v1/downloads/robustness.csv", EVERYONE),
            route("GET /api/v1/downloads/results.csv", EVERYONE),
            route("GET /api/v1/downloads/results.json", EVERYONE),
            route("GET /api/v1/downloads/results.xlsx", EVERYONE),
            // The OpenAPI description and its viewer (springdoc).
            route("GET /api/v1/openapi.json", EVERYONE),
            route("GET /api/v1/openapi.json.yaml", EVERYONE),
            route("GET /api/v1/openapi.json/swagger-config", EVERYONE),
            route("GET /api/v1/docs", EVERYONE));

    private AuthorizationRules() {}

    /** Called by {@code allowed}; the others are sent to the sign-in page (anonymous) or refused (403/404). */
    static Rule route(String endpoint, Set<Actor> allowed) {
        return new Rule(endpoint, allowed, false, false, false, Map.of());
    }

    /** Public, about one city: open to everyone for a published city, 404 for the public when unpublished. */
    static Rule published(String endpoint) {
        return new Rule(endpoint, EVERYONE, true, false, false, Map.of("slug", "valmonte"));
    }

    /** A report editor route: staff only, about a city with a result; {@code key} is a paragraph of every report. */
    static Rule editor(String endpoint) {
        return route(endpoint, STAFF)
                .with("slug", "valmonte")
                .with("round", "2023")
                .with("key", "aggregate.score");
    }

    /** A questionnaire route: a question, an area and a step of the round's questionnaire as samples. */
    static Rule questionnaire(String endpoint, Set<Actor> allowed) {
        return route(endpoint, allowed)
                .with("question", "profile.structure")
                .with("area", "profile")
                .with("step", "submit");
    }

    /** Handled by a security filter: the matrix only checks that it refuses a request without a CSRF token. */
    static Rule filter(String endpoint) {
        return new Rule(endpoint, EVERYONE, false, true, false, Map.of());
    }

    static Optional<Rule> find(String endpoint) {
        return RULES.stream().filter(r -> r.endpoint().equals(endpoint)).findFirst();
    }

    /**
     * One line of the table.
     *
     * @param endpoint {@code METHOD pattern}
     * @param allowed who gets through
     * @param publishedOnly also checks that a city without a published result is 404 for the public
     * @param filter handled by a Spring Security filter
     * @param anyAnswer any answer counts as "got through" except a refusal (error pages answer with error codes)
     * @param samples values of path variables for this route only
     */
    record Rule(
            String endpoint,
            Set<Actor> allowed,
            boolean publishedOnly,
            boolean filter,
            boolean anyAnswer,
            Map<String, String> samples) {
        private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

        Rule with(String variable, String value) {
            Map<String, String> more = new HashMap<>(samples);
            more.put(variable, value);
            return new Rule(endpoint, allowed, publishedOnly, filter, anyAnswer, Map.copyOf(more));
        }

        Rule anyStatus() {
            return new Rule(endpoint, allowed, publishedOnly, filter, true, samples);
        }

        HttpMethod method() {
            String name = endpoint.substring(0, endpoint.indexOf(' '));
            return name.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(name);
        }

        String pattern() {
            return endpoint.substring(endpoint.indexOf(' ') + 1);
        }

        /** The pattern with its variables filled in: this rule's samples first, then {@code defaults}. */
        String url(Map<String, String> defaults) {
            Matcher variable = VARIABLE.matcher(pattern());
            StringBuilder url = new StringBuilder();
            while (variable.find()) {
                String name = variable.group(1).replaceFirst(":.*", "");
                String value = samples.getOrDefault(name, defaults.get(name));
                if (value == null) {
                    throw new IllegalStateException("no sample value for {" + name + "} in " + endpoint
                            + ": add one in AuthorizationMatrixIntegrationTests or with .with(\"" + name
                            + "\", ...) on its rule");
                }
                variable.appendReplacement(url, Matcher.quoteReplacement(value));
            }
            variable.appendTail(url);
            return url.toString();
        }
    }
}
