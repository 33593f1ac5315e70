package org.iccindex.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak English or French: {@code ?lang=fr} switches and a cookie remembers the choice; otherwise the
 * browser's preferred language when supported, else English. A language the site does not speak ({@code ?lang=de},
 * or such a cookie) is ignored: the page stays in the language it was in.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    static final String PARAMETER = "lang";
    static final String COOKIE = "icc-lang";

    static Optional<Locale> supported(Locale locale) {
        return locale == null
                ? Optional.empty()
                : SUPPORTED.stream()
                        .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                        .findFirst();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale resolved = super.resolveLocale(request);
                return supported(resolved).orElseGet(() -> defaultLocale(request));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
        return resolver;
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        return supported(request.getLocale()).orElse(Locale.ENGLISH);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale parsed = super.parseLocaleValue(value);
                // thrown exceptions are ignored (setIgnoreInvalidLocale): the current language stays
                return supported(parsed)
                        .orElseThrow(() -> new IllegalArgumentException("unsupported language: " + value));
            }
        };
        interceptor.setParamName(PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
