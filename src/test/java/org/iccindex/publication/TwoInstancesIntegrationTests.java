package org.iccindex.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccindex.IccIndexApplication;
import org.iccindex.result.ResultImporter;
import org.iccindex.support.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application started at the same time on one empty PostgreSQL database: the demo data is
 * loaded once; a session opened on one is valid on the other; a result published on one shows at once on that one,
 * and on the other once its version recheck interval ({@code icc.publication.version-recheck}) has passed, with the
 * same Last-Modified on both.
 */
class TwoInstancesIntegrationTests {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Far above the 200 ms recheck interval, for a loaded machine; the test asks no more than it needs. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        String database = "icc_two_instances";
        try (Connection connection = EmbeddedPostgresInitializer.server()
                        .getPostgresDatabase()
                        .getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        String url = EmbeddedPostgresInitializer.server().getJdbcUrl("postgres", database);
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> start(url));
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> start(url));
        first = a.get();
        second = b.get();
    }

    private static ConfigurableApplicationContext start(String url) {
        // arguments, not default properties: they must win over application.properties
        return new SpringApplicationBuilder(IccIndexApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--icc.demo.enabled=true",
                        "--spring.jmx.enabled=false");
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static String base(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    @Test
    void theDemoDataIsLoadedOnce() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from import_batch where file_name = 'published-results.csv'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from city where slug = 'valmonte'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSessionOpenedOnOneInstanceIsValidOnTheOther() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = send(client, HttpRequest.newBuilder(URI.create(base(first) + "/login")))
                .body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).as(login).isTrue();
        String form = "username=" + URLEncoder.encode("coordinator.valmonte@example.org", StandardCharsets.UTF_8)
                + "&password=demo-password&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(
                client,
                HttpRequest.newBuilder(URI.create(base(first) + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        // the cookie names localhost: the client sends it to the other instance (another port) too
        HttpResponse<String> rounds = send(client, HttpRequest.newBuilder(URI.create(base(second) + "/rounds")));
        assertThat(rounds.statusCode()).as("signed in on the second instance").isEqualTo(200);
        assertThat(rounds.body()).contains("Valmonte");
    }

    @Test
    void aResultPublishedOnOneShowsOnTheOthersNextRequest() throws Exception {
        HttpClient client = HttpClient.newBuilder().build();
        String before = send(client, HttpRequest.newBuilder(URI.create(base(second) + "/")))
                .body();
        assertThat(before).doesNotContain("Twinborough");
        assertThat(send(client, HttpRequest.newBuilder(URI.create(base(second) + "/cities/twinborough")))
                        .statusCode())
                .isEqualTo(404);

        first.getBean(ResultImporter.class)
                .importResults(
                        "twin.csv",
                        ("city,slug,country,edition,round,published_on,origin,aggregate,commitment,source\n"
                                        + "Twinborough,twinborough,Testland,icc-2019,2022,2022-03-01,published,64,70,"
                                        + "test\n")
                                .getBytes(StandardCharsets.UTF_8),
                        "test");

        // the instance that committed the change shows it on its next request
        assertThat(send(client, HttpRequest.newBuilder(URI.create(base(first) + "/cities/twinborough")))
                        .statusCode())
                .isEqualTo(200);
        // the other within its recheck interval (200 ms): asked again until it does, for at most a grace period
        HttpResponse<String> page = eventually(client, base(second) + "/cities/twinborough");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> api =
                send(client, HttpRequest.newBuilder(URI.create(base(second) + "/api/v1/cities/twinborough")));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(send(client, HttpRequest.newBuilder(URI.create(base(second) + "/")))
                        .body())
                .contains("Twinborough");
        HttpResponse<String> onFirst = send(client, HttpRequest.newBuilder(URI.create(base(first) + "/")));
        HttpResponse<String> onSecond = send(client, HttpRequest.newBuilder(URI.create(base(second) + "/")));
        assertThat(onSecond.headers().firstValue("Last-Modified"))
                .isPresent()
                .isEqualTo(onFirst.headers().firstValue("Last-Modified"));
        assertThat(onSecond.headers().firstValue("ETag"))
                .isEqualTo(onFirst.headers().firstValue("ETag"));
    }

    private static HttpResponse<String> eventually(HttpClient client, String address) throws Exception {
        long deadline = System.nanoTime() + GRACE.toNanos();
        HttpResponse<String> response = send(client, HttpRequest.newBuilder(URI.create(address)));
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = send(client, HttpRequest.newBuilder(URI.create(address)));
        }
        return response;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
