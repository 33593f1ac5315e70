package org.iccindex.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link of the language switch: the same page with the same query (filters, sort, selected cities), only the
 * language changed, so switching language never loses what the visitor was looking at.
 */
@ControllerAdvice
class LanguageSwitch {

    /** The other language's code, its name in itself, and the current page's address in it. */
    record Link(String code, String label, String href) {}

    @ModelAttribute("languageSwitch")
    Link languageSwitch(HttpServletRequest request) {
        Locale current = RequestContextUtils.getLocale(request);
        boolean french = current != null && current.getLanguage().equals("fr");
        String code = french ? "en" : "fr";
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String query = failed == null ? request.getQueryString() : null;
        String href;
        try {
            href = UriComponentsBuilder.fromPath(uri.isEmpty() ? "/" : uri)
                    .query(query)
                    .replaceQueryParam(LocaleConfiguration.PARAMETER, code)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformed) {
            href = "?" + LocaleConfiguration.PARAMETER + "=" + code;
        }
        return new Link(code, french ? "English" : "Français", href);
    }
}
