package org.iccindex.site.cache;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Conditional GET (RFC 9110, 13.1): If-None-Match compared weakly with the ETag, else If-Modified-Since with the
 * last modification (whole seconds). A cached answer checks this on every request, so it stays allocation-light.
 */
final class Conditional {
    private Conditional() {}

    static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && lastModified <= since;
    }

    /** Whether a list of entity tags (or "*") names {@code etag}, weak tags matching their strong form. */
    static boolean matches(String header, String etag) {
        String wanted = opaque(etag);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
