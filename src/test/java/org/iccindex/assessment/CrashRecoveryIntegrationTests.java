package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A kill of the server in the middle of saving answers loses no acknowledged answer: the application runs as a
 * child process on its default embedded database (./data under its working directory), a coordinator saves
 * answers over HTTP, the process gets SIGKILL right after an acknowledged save with another one in flight, and
 * after a restart on the same files every acknowledged answer is there.
 */
class CrashRecoveryIntegrationTests {
    private static final Duration STARTUP = Duration.ofSeconds(180);
    /** Spring Boot's log line once the server listens, e.g. "Tomcat started on port 41234 (http)". */
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Under target/ so that the logs of both runs stay for a look when the test fails. */
    private final Path workdir =
            Path.of("target", "crash-test-" + System.currentTimeMillis()).toAbsolutePath();

    @Test
    void everyAcknowledgedSaveSurvivesAKillOfTheServer() throws Exception {
        Files.createDirectories(workdir);
        boolean passed = false;
        Started first = start("first-run.log", "Demo data loaded");
        Process app = first.process();
        try {
            Client client = new Client(first.port());
            client.signIn("coordinator.valmonte@example.org", "demo-password");
            long round = client.draftRound();
            String area = client.get("/rounds/" + round + "/areas/profile");
            int population = version(area, "q-profile-population");
            int structure = version(area, "q-profile-structure");
            int acknowledged = 0;
            for (int i = 1; i <= 20; i++) {
                population = client.save(round, "profile.population", String.valueOf(100000 + i), population);
                structure = client.save(round, "profile.structure", "District plan, version " + i, structure);
                acknowledged = i;
            }
            client.saveInFlight(round, "profile.population", String.valueOf(100000 + acknowledged + 1), population);
            app.destroyForcibly().waitFor();
            assertThat(app.exitValue()).as("killed").isEqualTo(137);

            Started second = start("second-run.log", "Started IccIndexApplication");
            app = second.process();
            Client after = new Client(second.port());
            after.signIn("coordinator.valmonte@example.org", "demo-password");
            String json = after.get("/rounds/" + round + "/answers.json");
            Matcher stored = Pattern.compile("\"profile.population\" : (\\d+)").matcher(json);
            assertThat(stored.find()).as(json).isTrue();
            assertThat(Integer.parseInt(stored.group(1)))
                    .as("the last acknowledged population, or the one in flight")
                    .isBetween(100000 + acknowledged, 100000 + acknowledged + 1);
            assertThat(json).contains("\"profile.structure\" : \"District plan, version " + acknowledged + "\"");
            passed = true;
        } finally {
            app.destroyForcibly().waitFor();
            if (passed) {
                org.springframework.util.FileSystemUtils.deleteRecursively(workdir);
            }
        }
    }

    /** A running child application and the port it chose. */
    private record Started(Process process, int port) {}

    /**
     * Starts the application on a port it chooses itself ({@code server.port=0}: no port picked here that another
     * process could take in between), reads that port from its log, and waits until the log says {@code ready} and
     * the readiness probe answers.
     */
    private Started start(String log, String ready) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Dserver.port=0",
                "-Dicc.demo.enabled=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.iccindex.IccIndexApplication"));
        Process process = new ProcessBuilder(command)
                .directory(workdir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workdir.resolve(log).toFile())
                .start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + workdir.resolve(log));
            }
            String text = read(log);
            Matcher port = PORT.matcher(text);
            if (port.find() && text.contains(ready) && ready(Integer.parseInt(port.group(1)))) {
                return new Started(process, Integer.parseInt(port.group(1)));
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not start within " + STARTUP + "; see " + workdir);
    }

    /** Whether the application says it is ready (until then every page answers 503 "starting"). */
    private static boolean ready(int port) throws InterruptedException {
        try {
            java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                            "http://localhost:" + port + "/actuator/health/readiness"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The log so far (read leniently: the child writes in its platform encoding). */
    private String read(String log) throws IOException {
        return new String(Files.readAllBytes(workdir.resolve(log)), StandardCharsets.ISO_8859_1);
    }

    private static int version(String page, String anchor) {
        Matcher m = Pattern.compile("id=\"version-" + anchor + "\" value=\"(\\d+)\"")
                .matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no version of " + anchor);
        }
        return Integer.parseInt(m.group(1));
    }

    /** A browser without a browser: cookies, the CSRF token, form posts. */
    private static final class Client {
        private final HttpClient http;
        private final String base;
        private String csrf;

        Client(int port) {
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            this.base = "http://localhost:" + port;
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response.body();
        }

        void signIn(String username, String password) throws IOException, InterruptedException {
            get("/login");
            HttpResponse<String> response = http.send(
                    form("/login", Map.of("username", username, "password", password, "_csrf", csrf))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        }

        long draftRound() throws IOException, InterruptedException {
            Matcher m = Pattern.compile("href=\"/rounds/(\\d+)\"[^<]*</a>(?:(?!</tr>).)*2026", Pattern.DOTALL)
                    .matcher(get("/rounds"));
            assertThat(m.find()).as("the demo draft round").isTrue();
            return Long.parseLong(m.group(1));
        }

        /** Saves as htmx does and returns the new version once the server has acknowledged the save. */
        int save(long round, String question, String value, int version) throws IOException, InterruptedException {
            HttpResponse<String> response =
                    http.send(request(round, question, value, version), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Saved.");
            return version(response.body(), "q-" + question.replaceAll("[^a-z0-9]+", "-"));
        }

        void saveInFlight(long round, String question, String value, int version) {
            http.sendAsync(request(round, question, value, version), HttpResponse.BodyHandlers.discarding());
        }

        private HttpRequest request(long round, String question, String value, int version) {
            return form(
                            "/rounds/" + round + "/answers/" + question,
                            Map.of("value", value, "version", String.valueOf(version), "_csrf", csrf))
                    .header("HX-Request", "true")
                    .build();
        }

        private HttpRequest.Builder form(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
    }
}
