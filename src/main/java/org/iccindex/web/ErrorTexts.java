package org.iccindex.web;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * What an error answer says, in one place for the pages Spring renders and for those Tomcat answers itself (a request
 * it cannot read never reaches Spring): a title and a sentence per status, and the JSON problem of the open-data API.
 */
final class ErrorTexts {
    /** Statuses with a text of their own ({@code error.<status>.title}); any other uses {@code error.other.*}. */
    static final Set<Integer> NAMED = Set.of(400, 403, 404, 405, 413, 500);

    private final MessageSource messages;
    private final Locale locale;
    private final int status;

    ErrorTexts(MessageSource messages, Locale locale, int status) {
        this.messages = messages;
        this.locale = locale;
        this.status = status;
    }

    /** Requests for the open-data API get JSON, whatever they accept; every other address gets a page. */
    static boolean isApi(String requestUri) {
        return requestUri != null && (requestUri.startsWith("/api/") || requestUri.equals("/api"));
    }

    String title() {
        return text("title");
    }

    String text() {
        return text("text");
    }

    String back() {
        return messages.getMessage("error.back", null, locale);
    }

    private String text(String part) {
        if (NAMED.contains(status)) {
            return messages.getMessage("error." + status + "." + part, null, locale);
        }
        return messages.getMessage("error.other." + part, new Object[] {String.valueOf(status)}, locale);
    }

    /** The API's problem shape (as {@code ApiProblem} of the site module): status, title, detail, no parameter. */
    String json() {
        return "{\"status\":" + status + ",\"title\":\"" + escapeJson(title()) + "\",\"detail\":\"" + escapeJson(text())
                + "\",\"problems\":[]}";
    }

    /** A small page of its own, without the site's layout: used where Spring cannot render one. */
    String plainPage() {
        String title = escapeHtml(title());
        String name = escapeHtml(messages.getMessage("site.name", null, locale));
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " - " + name + "</title></head>"
                + "<body><main><h1>" + title + "</h1><p>" + escapeHtml(text()) + "</p>"
                + "<p><a href=\"/\">" + escapeHtml(back()) + "</a></p></main></body></html>\n";
    }

    private static String escapeHtml(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String escapeJson(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
