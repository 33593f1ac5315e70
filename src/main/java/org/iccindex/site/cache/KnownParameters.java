package org.iccindex.site.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A request reduced to the query parameters its route reads, in a fixed order: the normalised form the cache keys
 * on ({@link #key()}), and what the route renders from, so that two addresses with the same key get the same answer.
 */
final class KnownParameters extends HttpServletRequestWrapper {
    private final Map<String, String[]> kept;
    private final String query;

    KnownParameters(HttpServletRequest request, Set<String> names) {
        super(request);
        Map<String, String[]> map = new LinkedHashMap<>();
        for (String name : names) { // sorted
            String[] values = request.getParameterValues(name);
            if (values != null) {
                map.put(name, values.clone());
            }
        }
        this.kept = Collections.unmodifiableMap(map);
        StringBuilder text = new StringBuilder();
        kept.forEach((name, values) -> {
            for (String value : values) {
                text.append(text.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        this.query = text.isEmpty() ? null : text.toString();
    }

    /** The kept parameters as a query string (names sorted, values in the order sent), "" when there is none. */
    String key() {
        return query == null ? "" : query;
    }

    @Override
    public String getQueryString() {
        return query;
    }

    @Override
    public String getParameter(String name) {
        String[] values = kept.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return kept;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(kept.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = kept.get(name);
        return values == null ? null : values.clone();
    }
}
