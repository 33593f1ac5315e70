package org.iccindex.site.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iccindex.site.data.Dataset;
import org.iccindex.site.data.PublicResults;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages, the API and the downloads from memory while their content cannot have changed. The key
 * is the address (path and query), the language for pages, and the content version: the result data version
 * ({@code ResultRepository.dataVersion()}, one query per request), the versions of reports and practices other
 * modules publish, and the day (the default snapshot date is today). Any change renders the page anew. Only
 * anonymous requests are cached (no session, no credentials), only 200 responses that set no cookie, and never a
 * request that switches the language. Every response carries a weak ETag (a hash of key and version) and
 * Last-Modified (when this server first saw the data version, or midnight if later); If-None-Match gives 304.
 */
@Component
class PublicResponseCache extends OncePerRequestFilter {
    private static final List<String> ROUTES =
            List.of("/", "/cities/*", "/compare", "/areas", "/areas/*", "/methodology", "/data", "/api/v1/**");
    private static final List<String> EXCLUDED =
            List.of("/api/v1/openapi.json/**", "/api/v1/docs/**", "/api/v1/swagger-ui/**");
    private static final int MAX_ENTRIES = 400;
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final PublicResults data;
    private final LocaleResolver locales;
    private final AntPathMatcher paths = new AntPathMatcher();
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** A rendered response and the content version it was rendered for. */
    record Entry(String version, String contentType, String disposition, Locale locale, byte[] body) {}

    PublicResponseCache(PublicResults data, LocaleResolver locales) {
        this.data = data;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod())
                || request.getParameter("lang") != null
                || request.getRequestedSessionId() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || ROUTES.stream().noneMatch(r -> paths.match(r, path))
                || EXCLUDED.stream().anyMatch(r -> paths.match(r, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = !path.startsWith("/api/");
        Dataset dataset = data.dataset();
        String version = data.contentVersion(dataset);
        String key = path
                + '?'
                + (request.getQueryString() == null ? "" : request.getQueryString())
                + (page ? '|' + locales.resolveLocale(request).getLanguage() : "");
        Entry entry = lookup(key, version);
        if (entry == null) {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() != HttpServletResponse.SC_OK
                    || wrapper.containsHeader(HttpHeaders.SET_COOKIE)
                    || wrapper.getContentType() == null) {
                wrapper.copyBodyToResponse();
                return;
            }
            entry = new Entry(
                    version,
                    wrapper.getContentType(),
                    wrapper.getHeader(HttpHeaders.CONTENT_DISPOSITION),
                    wrapper.getLocale(),
                    wrapper.getContentAsByteArray());
            store(key, entry);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (page) {
            response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        }
        long midnight =
                data.today().atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        long lastModified = Math.max(dataset.firstSeen().toEpochMilli(), midnight);
        String etag = "W/\"" + hash(version + '|' + key) + '"';
        if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        if (page && entry.locale() != null) {
            response.setLocale(entry.locale());
        }
        if (entry.disposition() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, entry.disposition());
        }
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    private synchronized Entry lookup(String key, String version) {
        Entry entry = entries.get(key);
        return entry != null && entry.version().equals(version) ? entry : null;
    }

    private synchronized void store(String key, Entry entry) {
        Entry previous = entries.put(key, entry);
        bytes += entry.body().length - (previous == null ? 0 : previous.body().length);
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
