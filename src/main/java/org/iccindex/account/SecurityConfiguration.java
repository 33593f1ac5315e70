package org.iccindex.account;

import java.time.Clock;
import java.util.Optional;
import org.iccindex.account.persistence.AccountStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Public pages and the open-data API are readable by anyone; administration needs an administrator; everything else
 * needs a signed-in account (pages that belong to one city check the city themselves, see
 * {@link CurrentUsers#requireActingFor}). Form sign-in with CSRF protection, throttling of repeated failures, and a
 * new session id on sign-in; a disabled account's session ends at its next request. Security headers: a
 * Content-Security-Policy without inline scripts or styles, no framing, no MIME sniffing, same-origin referrers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AccountProperties.class)
class SecurityConfiguration {
    /** Read-only routes open to the public. Only published data may appear under them. */
    static final String[] PUBLIC_GET = {
        "/",
        "/cities/**",
        "/practices",
        "/practices/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/fonts/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/login",
        "/invitation/*",
        // public site and open-data API (site module): pages, /api/v1 with its downloads and OpenAPI document
        "/compare",
        "/areas",
        "/areas/**",
        "/methodology",
        "/data",
        "/api/v1/**",
        // health, liveness and readiness probes (load balancers, orchestrators); no details
        "/actuator/health",
        "/actuator/health/**"
    };

    /** Forms that people who are not signed in send (besides the sign-in form itself). */
    static final String[] PUBLIC_POST = {"/invitation/*"};

    /** Administrators only (with the operational endpoints: Prometheus metrics). */
    static final String[] ADMINISTRATION = {"/admin", "/admin/**", "/actuator/**"};

    /** Work of the programme's secretariat (e.g. the report editor): analysts and administrators only. */
    static final String[] PROGRAMME_STAFF = {"/reports", "/reports/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    /** Where the sign-in page finds the lock that refused the last attempt (to say when to try again). */
    static final String LOCK_ATTRIBUTE = WebAttributes.AUTHENTICATION_EXCEPTION;
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
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountUserDetailsService accounts,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            AccountStore store,
            AccountAudit audit,
            Clock clock)
            throws Exception {
        http.authenticationManager(
                        new ProviderManager(passwordSignIn(accounts, encoder, throttle, store, audit, clock)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_GET)
                        .permitAll()
                        // HEAD and OPTIONS wherever GET is public: Spring MVC answers them from the GET handler
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_GET)
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, PUBLIC_GET)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_POST)
                        .permitAll()
                        .requestMatchers(ADMINISTRATION)
                        .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(PROGRAMME_STAFF)
                        .hasAnyRole(Role.ANALYST.name(), Role.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll().failureHandler((request, response, e) -> {
                    if (e instanceof SignInLockedException) {
                        request.getSession().setAttribute(LOCK_ATTRIBUTE, e);
                        response.sendRedirect(request.getContextPath() + "/login?locked");
                    } else {
                        response.sendRedirect(request.getContextPath() + "/login?error");
                    }
                }))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null
                                    && authentication.getPrincipal() instanceof AccountPrincipal principal) {
                                audit.record(
                                        Optional.of(principal.user()),
                                        AuditAction.SIGNED_OUT,
                                        principal.getUsername(),
                                        "");
                            }
                        }))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new ActiveAccountFilter(store), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The only way to sign in with a password: checked against the stored hash, behind the login throttle. */
    private static AuthenticationProvider passwordSignIn(
            AccountUserDetailsService accounts,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            AccountStore store,
            AccountAudit audit,
            Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, store, audit, clock);
    }

    /** bcrypt today, behind a delegating encoder so that stored hashes can move to a stronger one later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
