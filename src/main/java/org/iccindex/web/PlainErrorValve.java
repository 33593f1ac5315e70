package org.iccindex.web;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;

/**
 * Tomcat's error report, for the requests it answers itself without Spring (a request line or address it cannot
 * read, bad percent-encoding, headers over the limit): the application's short page in English or French, or JSON
 * under {@code /api/}, instead of Tomcat's page. The language comes from {@code ?lang=}, the language cookie or the
 * browser's preference, as on every other page.
 */
class PlainErrorValve extends ErrorReportValve {
    private final MessageSource messages;

    PlainErrorValve(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Locale locale = locale(request);
        ErrorTexts texts = new ErrorTexts(messages, locale, status);
        boolean api = ErrorTexts.isApi(uri(request));
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            response.setLocale(locale);
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? texts.json() : texts.plainPage());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response cannot be written: nothing more to say
        }
    }

    private static String uri(Request request) {
        try {
            return request.getRequestURI();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    static Locale locale(Request request) {
        try {
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.startsWith(LocaleConfiguration.PARAMETER + "=")) {
                        Optional<Locale> chosen = language(pair.substring(LocaleConfiguration.PARAMETER.length() + 1));
                        if (chosen.isPresent()) {
                            return chosen.get();
                        }
                    }
                }
            }
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (cookie.getName().equals(LocaleConfiguration.COOKIE)) {
                        Optional<Locale> chosen = language(cookie.getValue());
                        if (chosen.isPresent()) {
                            return chosen.get();
                        }
                    }
                }
            }
            return LocaleConfiguration.supported(request.getLocale()).orElse(Locale.ENGLISH);
        } catch (RuntimeException unreadable) {
            return Locale.ENGLISH;
        }
    }

    private static Optional<Locale> language(String value) {
        return LocaleConfiguration.supported(Locale.forLanguageTag(value.replace('_', '-')));
    }
}
