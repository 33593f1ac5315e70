package org.iccindex.site.cache;

import org.iccindex.site.data.PublicResults;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    /** Just before the security filters: see {@link PublicResponseCache} for why that is safe. */
    @Bean
    FilterRegistrationBean<PublicResponseCache> publicResponseCache(PublicResults data, LocaleResolver locales) {
        FilterRegistrationBean<PublicResponseCache> registration =
                new FilterRegistrationBean<>(new PublicResponseCache(data, locales));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
