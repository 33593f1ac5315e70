package org.iccindex.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Until the application is ready (the database migrated, seeded and, where configured, the demo data loaded: Spring
 * Boot's readiness state turns to accepting traffic only after those start-up tasks), every address but the health
 * probes answers 503 with a short "starting" page and Retry-After, never a league of "0 cities". Once ready, it
 * costs one field read per request.
 */
class StartingFilter extends OncePerRequestFilter {
    private final ApplicationAvailability availability;
    private final MessageSource messages;
    private volatile boolean ready;

    StartingFilter(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ready || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready = true;
            chain.doFilter(request, response);
            return;
        }
        Locale locale = request.getLocale().getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        String title = HtmlUtils.htmlEscape(messages.getMessage("starting.title", null, locale), "UTF-8");
        String text = HtmlUtils.htmlEscape(messages.getMessage("starting.text", null, locale), "UTF-8");
        String name = HtmlUtils.htmlEscape(messages.getMessage("site.name", null, locale), "UTF-8");
        byte[] body = ("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + title + " - " + name + "</title></head>"
                        + "<body><main><h1>" + title + "</h1><p role=\"status\">" + text
                        + "</p></main></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
