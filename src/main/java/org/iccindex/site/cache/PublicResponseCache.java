package org.iccindex.site.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.iccindex.site.data.Dataset;
import org.iccindex.site.data.PublicResults;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages, the API and the downloads from memory while their content cannot have changed.
 *
 * <p>The key is the address (path and query as sent), the language for pages, and the content version: the result
 * data version ({@code ResultRepository.dataVersion()}, one query per request), the versions of the reports and
 * practices other modules publish, and the day (the default snapshot date is today). Any change renders anew.
 * Every answer carries a weak ETag (a hash of key and version) and Last-Modified (when this server first saw the
 * data version, or midnight if later); a matching If-None-Match or If-Modified-Since gets 304.
 *
 * <p>What is cached: answers 200 to anonymous GET requests (no session, no credentials) that set no cookie, never a
 * request that switches the language. The filter runs before the security filters: an entry is only made from an
 * answer the security filters let an anonymous visitor have, for exactly that address, and it is replayed with the
 * headers they wrote (Content-Security-Policy, X-Frame-Options...); a request with a session or credentials always
 * goes through them. When many visitors ask for the same page as the data changes, one renders it and the others
 * wait for that rendering instead of repeating it. Bodies from 16 KB are also kept in a file, which Tomcat sends with the
 * kernel's sendfile, as a static file server does; other servers get the bytes written.
 */
class PublicResponseCache extends OncePerRequestFilter {
    /** The pages cached: exact paths, and paths under a prefix (one more segment, or anything under /api/v1/). */
    private static final Set<String> PAGES = Set.of("/", "/compare", "/areas", "/methodology", "/data");

    private static final List<String> SEGMENT_UNDER = List.of("/cities/", "/areas/");
    private static final String API = "/api/v1/";
    /** Not data: the API's documentation, served by springdoc. */
    private static final List<String> EXCLUDED = List.of("/api/v1/openapi.json", "/api/v1/docs", "/api/v1/swagger-ui");
    /** Headers never replayed: the cache sets them itself, or they belong to one exchange. */
    private static final Set<String> OWN_HEADERS = Set.of(
            "content-length",
            "transfer-encoding",
            "date",
            "etag",
            "last-modified",
            "set-cookie",
            "content-type",
            "connection",
            "keep-alive");

    private static final int MAX_ENTRIES = 400;
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final long WAIT_SECONDS = 30;
    private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_NAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private final PublicResults data;
    private final LocaleResolver locales;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Entry>> rendering = new ConcurrentHashMap<>();
    private final BodyFiles files = new BodyFiles();

    /** A rendered answer, the content version it was rendered for, and the headers to replay with it. */
    record Entry(
            String version,
            String etag,
            String contentType,
            Locale locale,
            List<String[]> headers,
            byte[] body,
            Path file) {}

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
                || !cached(path);
    }

    static boolean cached(String path) {
        if (PAGES.contains(path)) {
            return true;
        }
        if (path.startsWith(API)) {
            return EXCLUDED.stream().noneMatch(path::startsWith);
        }
        for (String prefix : SEGMENT_UNDER) {
            if (path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0) {
                return true;
            }
        }
        return false;
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
        // set before the security filters run, so that they leave caching to this filter
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (page) {
            response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        }
        Entry entry = entries.get(key);
        if (entry == null || !entry.version().equals(version)) {
            entry = render(key, version, request, response, chain);
            if (entry == null) {
                return; // not cacheable: already answered by the chain
            }
        }
        long lastModified = lastModified(dataset);
        for (String[] header : entry.headers()) {
            response.setHeader(header[0], header[1]);
        }
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        response.setHeader(HttpHeaders.LAST_MODIFIED, HttpDate.format(lastModified));
        if (Conditional.notModified(request, entry.etag(), lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        if (entry.locale() != null) {
            response.setLocale(entry.locale());
        }
        response.setContentLength(entry.body().length);
        if (entry.file() != null && sendfile(request)) {
            // large bodies leave from their file with the kernel's sendfile, as a static file server sends them
            request.setAttribute(SENDFILE_NAME, entry.file().toString());
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, (long) entry.body().length);
            return;
        }
        response.getOutputStream().write(entry.body());
    }

    @Override
    public void destroy() {
        files.deleteAll();
    }

    /** Whether the server can send a file with sendfile (Tomcat's connectors say so on each request). */
    private static boolean sendfile(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT));
    }

    /** When this server first saw the data version, or midnight when later (the default snapshot is today). */
    private long lastModified(Dataset dataset) {
        long midnight =
                data.today().atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        return Math.max(dataset.firstSeen().toEpochMilli(), midnight) / 1000 * 1000;
    }

    /**
     * Renders the answer once for everyone asking for it at the same time; null when it is not cacheable, in which
     * case the chain has answered this request (or, for those who waited, answers it now).
     */
    private Entry render(
            String key, String version, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String flight = key + '#' + version;
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = rendering.putIfAbsent(flight, mine);
        if (running != null) {
            Entry rendered = await(running);
            if (rendered != null) {
                return rendered;
            }
            chain.doFilter(request, response);
            return null;
        }
        try {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() != HttpServletResponse.SC_OK
                    || wrapper.containsHeader(HttpHeaders.SET_COOKIE)
                    || wrapper.getContentType() == null) {
                wrapper.copyBodyToResponse();
                mine.complete(null);
                return null;
            }
            String hash = hash(version + '|' + key);
            byte[] body = wrapper.getContentAsByteArray();
            Entry entry = new Entry(
                    version,
                    "W/\"" + hash + '"',
                    wrapper.getContentType(),
                    response.containsHeader("Content-Language") ? response.getLocale() : null,
                    headers(response),
                    body,
                    body.length >= BodyFiles.THRESHOLD && sendfile(request) ? files.write(hash, body) : null);
            store(key, entry);
            mine.complete(entry);
            return entry;
        } catch (IOException | ServletException | RuntimeException e) {
            mine.complete(null);
            throw e;
        } finally {
            rendering.remove(flight, mine);
        }
    }

    private static Entry await(CompletableFuture<Entry> running) throws ServletException {
        try {
            return running.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while another request rendered this page", e);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The headers the chain set (security headers, content disposition, language), to replay on every hit. */
    private static List<String[]> headers(HttpServletResponse response) {
        List<String[]> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new String[] {name, response.getHeader(name)});
            }
        }
        return List.copyOf(headers);
    }

    private void store(String key, Entry entry) {
        retire(entries.put(key, entry));
        if (entries.size() > MAX_ENTRIES || bytes() > MAX_BYTES) {
            // first drop what older content versions rendered, then, if still too much, start afresh
            entries.entrySet().removeIf(e -> !e.getValue().version().equals(entry.version()) && retire(e.getValue()));
            if (entries.size() > MAX_ENTRIES || bytes() > MAX_BYTES) {
                entries.entrySet().removeIf(e -> !e.getKey().equals(key) && retire(e.getValue()));
            }
        }
    }

    private boolean retire(Entry entry) {
        if (entry != null && entry.file() != null) {
            files.retire(entry.file());
        }
        return true;
    }

    private long bytes() {
        long total = 0;
        for (Entry e : entries.values()) {
            total += e.body().length;
        }
        return total;
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
