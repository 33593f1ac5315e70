package org.iccindex.site.cache;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The query parameters a route actually reads, taken from its handler method: each {@code @RequestParam}, and the
 * components of a record bound from the query (such as {@code LeagueParams}). The cache keys an answer on these
 * alone and renders it from these alone, so a parameter the route does not read changes neither the key nor the
 * answer. Worked out once per handler method (a fixed, small set), never per address.
 */
final class RouteParameters {
    private final RequestMappingHandlerMapping mapping;
    private final Map<Method, Set<String>> byMethod = new ConcurrentHashMap<>();

    RouteParameters(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    /** The names the request's handler reads, sorted; empty when no controller method answers this address. */
    Optional<Set<String>> of(HttpServletRequest request) {
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
}
