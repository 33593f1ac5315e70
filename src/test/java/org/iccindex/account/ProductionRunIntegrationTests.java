package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccindex.IccIndexApplication;
import org.iccindex.support.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production run, as an operator starts it: the production profile on PostgreSQL, with the first administrator
 * from the environment. No demo data and no demo account, even with ICC_DEMO=true; the administrator signs in over
 * real HTTP (the session id changes, the cookie is Secure); five wrong passwords lock the account and the lock
 * survives a restart; a database holding demo accounts is refused.
 */
class ProductionRunIntegrationTests {
    private static final String ADMIN = "chief@example.org";
    private static final String PASSWORD = "production secret 1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void productionHasNoDemoAccountTheFirstAdministratorSignsInAndALockSurvivesARestart() throws Exception {
        String database = "icc_production_" + System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgresInitializer.server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        String url = postgres.getJdbcUrl("postgres", database);

        try (ConfigurableApplicationContext app = start(url)) {
            assertThat(count(url, "select count(*) from account where demo = true"))
                    .isZero();
            assertThat(count(url, "select count(*) from city"))
                    .as("no demo data")
                    .isZero();
            assertThat(count(
                            url,
                            "select count(*) from account where role = 'ADMINISTRATOR' and username = '" + ADMIN + "'"))
                    .isEqualTo(1);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");

            Page login = get(base + "/login", Optional.empty());
            assertThat(login.body()).doesNotContain("demo-password").doesNotContain("Demo accounts");
            HttpResponse<String> signedIn = signIn(base, login, PASSWORD);
            assertThat(signedIn.headers().firstValue("Location")).hasValue(base + "/");
            String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie)
                    .as("the session cookie of a production run")
                    .contains("Secure")
                    .contains("HttpOnly");
            String session = session(cookie).orElseThrow();
            assertThat(session)
                    .as("a new session id at sign-in")
                    .isNotEqualTo(login.session().orElseThrow());
            assertThat(get(base + "/admin", Optional.of(session)).body()).contains(ADMIN);

            Page again = get(base + "/login", Optional.empty());
            for (int i = 1; i <= 4; i++) {
                assertThat(signIn(base, again, "wrong " + i).headers().firstValue("Location"))
                        .hasValue(base + "/login?error");
            }
            assertThat(signIn(base, again, "wrong 5").headers().firstValue("Location"))
                    .hasValue(base + "/login?locked");
            assertThat(signIn(base, again, PASSWORD).headers().firstValue("Location"))
                    .hasValue(base + "/login?locked");
        }

        try (ConfigurableApplicationContext app = start(url)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            Page login = get(base + "/login", Optional.empty());
            assertThat(signIn(base, login, PASSWORD).headers().firstValue("Location"))
                    .as("still locked after a restart")
                    .hasValue(base + "/login?locked");
            assertThat(get(base + "/login?locked", login.session()).body())
                    .containsPattern("Try again after \\d\\d:\\d\\d");
            assertThat(count(url, "select count(*) from account where username = '" + ADMIN + "'"))
                    .isEqualTo(1);
        }

        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("insert into account (username, display_name, role, enabled, demo, created_at) "
                    + "values ('leftover@example.org', 'Leftover', 'ANALYST', true, true, current_timestamp)");
        }
        assertThatThrownBy(() -> start(url).close())
                .hasStackTraceContaining("holds 1 demo account with published passwords");
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(IccIndexApplication.class)
                .run(
                        "--spring.profiles.active=production",
                        "--ICC_DEMO=true",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--icc.account.admin-username=" + ADMIN,
                        "--icc.account.admin-password=" + PASSWORD,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }

    /** A page with the session it opened (if any) and the CSRF token of its forms. */
    private record Page(String body, Optional<String> session) {
        String csrf() {
            Matcher token = CSRF.matcher(body);
            assertThat(token.find()).as("a CSRF token on the page").isTrue();
            return token.group(1);
        }
    }

    private Page get(String url, Optional<String> session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        session.ifPresent(s -> request.header("Cookie", "SESSION=" + s));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return new Page(
                response.body(),
                response.headers()
                        .firstValue("Set-Cookie")
                        .flatMap(ProductionRunIntegrationTests::session)
                        .or(() -> session));
    }

    private HttpResponse<String> signIn(String base, Page login, String password)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + login.csrf();
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "SESSION=" + login.session().orElseThrow())
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> session(String setCookie) {
        Matcher matcher = SESSION.matcher(setCookie);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
