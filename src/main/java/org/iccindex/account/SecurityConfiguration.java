package org.iccindex.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Public pages and the open-data API are readable by anyone; everything else needs a signed-in user. Security
 * headers: a Content-Security-Policy without inline scripts or styles, and no framing.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {
    /** Read-only routes open to the public. Only published data may appear under them. */
    static final String[] PUBLIC_GET = {
        "/",
        "/cities/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/fonts/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        // public site and open-data API (site module): pages, /api/v1 with its downloads and OpenAPI document
        "/compare",
        "/areas",
        "/areas/**",
        "/methodology",
        "/data",
        "/api/v1/**"
    };

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    /** Swagger UI, the browsable documentation of the open-data API (site module), served by springdoc. */
    static final String API_DOCS_UI = "/api/v1/swagger-ui/**";

    /** As strict as the rest, except that Swagger UI's own script sets inline styles: allowed on its path only. */
    static final String API_DOCS_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    /**
     * Swagger UI's static files: public, read-only, and the one place where inline styles are allowed (its bundled
     * script applies some); scripts stay restricted to the site's own files. Matched before the main chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocsUiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(API_DOCS_UI)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, API_DOCS_UI)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_UI_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_GET)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(Customizer.withDefaults())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
