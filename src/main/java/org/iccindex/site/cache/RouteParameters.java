package org.iccindex.site.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The query parameters a route actually reads, taken from its handler method: each {@code @RequestParam}, and the
 * components of a record bound from the query (such as {@code LeagueParams}). The cache keys an answer on these
 * alone and renders it from these alone, so a parameter the route does not read changes neither the key nor the
 * answer. Worked out once per handler method (a fixed, small set); the handler an address maps to is looked up
 * once per address and Accept header and remembered in a bounded cache, as the lookup cost as much as serving a
 * cached page.
 */
final class RouteParameters {
    private final RequestMappingHandlerMapping mapping;
    private static final long ADDRESSES = 10_000;
    private final Map<Method, Set<String>> byMethod = new ConcurrentHashMap<>();
    /** Path and Accept header (the routes' produces conditions read it) to the names; bounded against made-up paths. */
    private final Cache<Address, Optional<Set<String>>> byAddress =
            Caffeine.newBuilder().maximumSize(ADDRESSES).build();

    RouteParameters(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    /** The names the request's handler reads, sorted; empty when no controller method answers this address. */
    Optional<Set<String>> of(HttpServletRequest request) {
        Address address = new Address(
                request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)));
        return byAddress.get(address, a -> lookUp(request));
    }

    private Optional<Set<String>> lookUp(HttpServletRequest request) {
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
                return Optional.empty();
            }
            return Optional.of(byMethod.computeIfAbsent(handler.getMethod(), m -> names(handler)));
        } catch (Exception unmatched) {
            return Optional.empty(); // the dispatcher will answer it (405, 406...): nothing to cache
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
        }
    }

    static Set<String> names(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return Set.copyOf(names);
    }

    private record Address(String method, String path, String accept) {}
}
