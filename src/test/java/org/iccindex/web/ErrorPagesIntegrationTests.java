package org.iccindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error answer is the application's own, over a real port, in English and in French: pages for the site, JSON
 * for the open-data API, and the same for requests Tomcat refuses before Spring sees them (a request line it cannot
 * read, bad percent-encoding, headers over the limit). None shows a stack trace, an exception or Tomcat's own page.
 */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTests {
    private static final String BROWSER = "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n";

    @LocalServerPort
    int port;

    /** A request, the status expected, whether the answer is JSON, and the English and French titles. */
    record Case(String request, int status, boolean json, String english, String french) {}

    private static final List<Case> CASES = List.of(
            new Case("GET /%zz HTTP/1.0\r\n", 400, false, "Request not understood", "Demande illisible"),
            new Case("GET /api/v1/%zz HTTP/1.0\r\n", 400, true, "Request not understood", "Demande illisible"),
            new Case(
                    "GET / HTTP/1.0\r\nX-Long: " + "a".repeat(20_000) + "\r\n",
                    400,
                    false,
                    "Request not understood",
                    "Demande illisible"),
            new Case("POST / HTTP/1.0\r\nContent-Length: 0\r\n", 403, false, "Access refused", "Accès refusé"),
            new Case(
                    "POST /api/v1/cities HTTP/1.0\r\nContent-Length: 0\r\n",
                    403,
                    true,
                    "Access refused",
                    "Accès refusé"),
            new Case("GET /cities/nowhere HTTP/1.0\r\n", 404, false, "Page not found", "Page introuvable"),
            // the API's own answer names what it did not find (in English, as the rest of the API)
            new Case(
                    "GET /api/v1/cities/nowhere HTTP/1.0\r\n",
                    404,
                    true,
                    "no city 'nowhere' with a published result",
                    "no city 'nowhere' with a published result"),
            new Case("TRACE / HTTP/1.0\r\n", 405, false, "Action not possible here", "Action impossible ici"),
            new Case(
                    "TRACE /api/v1/cities HTTP/1.0\r\n",
                    405,
                    true,
                    "Action not possible here",
                    "Action impossible ici"),
            new Case(
                    "GET /cities/failing-for-a-test HTTP/1.0\r\n",
                    500,
                    false,
                    "Something went wrong",
                    "Un problème est survenu"),
            new Case(
                    "GET /api/v1/failing-for-a-test HTTP/1.0\r\n",
                    500,
                    true,
                    "Something went wrong",
                    "Un problème est survenu"));

    @Test
    void everyStatusHasTheApplicationsOwnAnswerInBothLanguages() throws IOException {
        for (Case c : CASES) {
            for (String language : List.of("en", "fr")) {
                // the language first: a header over the limit stops Tomcat from reading any header after it
                int line = c.request().indexOf("\r\n") + 2;
                String head = c.request().substring(0, line) + "Accept-Language: " + language + "\r\n" + BROWSER
                        + c.request().substring(line) + "\r\n";
                assertOwnAnswer(exchange(head, null), c, language);
            }
        }
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedWith413() throws IOException {
        int size = 27 * 1024 * 1024; // over spring.servlet.multipart.max-request-size (26MB)
        for (String language : List.of("en", "fr")) {
            String head = "POST /rounds/1/answers-file HTTP/1.0\r\n" + BROWSER + "Accept-Language: " + language
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + size + "\r\n\r\n";
            assertOwnAnswer(
                    exchange(head, new byte[size]),
                    new Case(head, 413, false, "File too large", "Fichier trop volumineux"),
                    language);
        }
    }

    @Test
    void theLanguageOfARequestTomcatRefusesFollowsTheLangParameter() throws IOException {
        String answer = exchange("GET /%zz?lang=fr HTTP/1.0\r\nAccept-Language: en\r\n\r\n", null);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("Demande illisible", "lang=\"fr\"");
    }

    /** Tomcat stops at a request line it cannot read, before the headers: the language cannot be known there. */
    @Test
    void aRequestLineTomcatCannotReadGetsThePageInEnglish() throws IOException {
        String head = "GET /cities/a{b} HTTP/1.0\r\n" + BROWSER + "Accept-Language: fr\r\n\r\n";
        assertOwnAnswer(
                exchange(head, null), new Case(head, 400, false, "Request not understood", "Demande illisible"), "en");
    }

    private static void assertOwnAnswer(String answer, Case c, String language) {
        String what = c.request().lines().findFirst().orElseThrow() + " (" + language + ")";
        int split = answer.indexOf("\r\n\r\n");
        assertThat(split).as(what + ": " + answer).isPositive();
        String headers = answer.substring(0, split);
        String body = answer.substring(split + 4);
        assertThat(headers).as(what).startsWith("HTTP/1.1 " + c.status() + " ");
        assertThat(body).as(what).contains(language.equals("en") ? c.english() : c.french());
        if (c.json()) {
            assertThat(headers).as(what).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(body).as(what).startsWith("{\"status\":" + c.status() + ",\"title\":");
        } else {
            assertThat(headers).as(what).containsIgnoringCase("Content-Type: text/html");
            assertThat(body).as(what).contains("<html lang=\"" + language + "\"", "href=\"/\"");
        }
        assertThat(body)
                .as(what)
                .doesNotContain("Exception", "at org.", "Tomcat", "HTTP Status", "deliberate failure", "timestamp");
    }

    /** One exchange on a fresh connection: HTTP/1.0, so the answer ends when the server closes. */
    private String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // the server may answer and close before the whole body is sent: its answer is still there
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestConfiguration
    static class Failing {
        @Bean
        FailingRoutes failingRoutes() {
            return new FailingRoutes();
        }
    }

    @RestController
    static class FailingRoutes {
        @GetMapping({"/cities/failing-for-a-test", "/api/v1/failing-for-a-test"})
        String fail() {
            throw new IllegalStateException("deliberate failure");
        }
    }
}
