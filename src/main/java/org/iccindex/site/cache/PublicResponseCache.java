package org.iccindex.site.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.iccindex.publication.PublicVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages, the API and the downloads from {@link RenderedPages} while their content cannot have
 * changed. Each request reads the version of the public data (one primary-key query), so a change made by any
 * instance shows on the next request of every instance. The key holds only the query parameters the route reads
 * ({@link RouteParameters}), and the route renders from those alone: adding {@code ?zz=1} neither makes a new
 * entry nor changes the answer. Every answer carries a weak ETag (a hash of key and version) and Last-Modified (when
 * the public data last changed, or midnight if later, as the default snapshot date is today: the same on every
 * instance); a matching If-None-Match or If-Modified-Since gets 304.
 *
 * <p>What is cached: answers 200 to anonymous GET requests (no session, no credentials) that set no cookie, never a
 * request that switches the language. The filter runs before the security filters: an entry is only made from an
 * answer the security filters let an anonymous visitor have, and it is replayed with the headers they wrote
 * (Content-Security-Policy, X-Frame-Options...); a request with a session or credentials always goes through them.
 * When many visitors ask for the same page as the data changes, one renders it and the others wait for it.
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

    private static final long WAIT_SECONDS = 30;

    private final RenderedPages pages;
    private final PublicVersion versions;
    private final LocaleResolver locales;
    private final ObjectProvider<RequestMappingHandlerMapping> mapping;
    private final Clock clock;
    private volatile RouteParameters routes;
    private volatile long versionSeen = -1;

    PublicResponseCache(
            RenderedPages pages,
            PublicVersion versions,
            LocaleResolver locales,
            ObjectProvider<RequestMappingHandlerMapping> mapping,
            Clock clock) {
        this.pages = pages;
        this.versions = versions;
        this.locales = locales;
        this.mapping = mapping;
        this.clock = clock;
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
        Optional<Set<String>> read = routes().of(request);
        if (read.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = !path.startsWith("/api/");
        PublicVersion.Current version = versions.current();
        if (version.version() > versionSeen) {
            versionSeen = version.version(); // another instance changed the data: what is held here is out of date
            pages.clear();
        }
        LocalDate today = LocalDate.now(clock);
        KnownParameters known = new KnownParameters(request, read.get());
        RenderedPages.Key key = new RenderedPages.Key(
                version.version(),
                today,
                path,
                known.key(),
                page ? locales.resolveLocale(request).getLanguage() : "");
        // set before the security filters run, so that they leave caching to this filter
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (page) {
            response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        }
        CompletableFuture<RenderedPages.Entry> mine = new CompletableFuture<>();
        CompletableFuture<RenderedPages.Entry> running = pages.claim(key, mine);
        RenderedPages.Entry entry = running == null ? render(key, known, response, chain, mine) : await(running);
        if (entry == null) {
            if (running != null) {
                chain.doFilter(known, response); // the one who rendered it could not keep it: render for this one
            }
            return;
        }
        long lastModified = Math.max(
                        version.changedAt().toEpochMilli(),
                        today.atStartOfDay(clock.getZone()).toInstant().toEpochMilli())
                / 1000
                * 1000;
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
        response.getOutputStream().write(entry.body());
    }

    private RouteParameters routes() {
        RouteParameters current = routes;
        if (current == null) {
            current = new RouteParameters(mapping.getObject());
            routes = current;
        }
        return current;
    }

    /**
     * Renders the answer through the chain and completes {@code mine} with it; null (and {@code mine} completed with
     * null) when it is not cacheable, in which case the chain has answered this request.
     */
    private RenderedPages.Entry render(
            RenderedPages.Key key,
            KnownParameters request,
            HttpServletResponse response,
            FilterChain chain,
            CompletableFuture<RenderedPages.Entry> mine)
            throws ServletException, IOException {
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
            RenderedPages.Entry entry = new RenderedPages.Entry(
                    "W/\"" + hash(key.toString()) + '"',
                    wrapper.getContentType(),
                    response.containsHeader("Content-Language") ? response.getLocale() : null,
                    headers(response),
                    wrapper.getContentAsByteArray());
            mine.complete(entry);
            return entry;
        } catch (IOException | ServletException | RuntimeException e) {
            mine.complete(null);
            throw e;
        }
    }

    private static RenderedPages.Entry await(CompletableFuture<RenderedPages.Entry> running) throws ServletException {
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

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
