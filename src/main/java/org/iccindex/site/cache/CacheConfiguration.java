package org.iccindex.site.cache;

import java.time.Clock;
import org.iccindex.publication.PublicVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    /** Just before the security filters: see {@link PublicResponseCache} for why that is safe. */
    @Bean
    FilterRegistrationBean<PublicResponseCache> publicResponseCache(
            RenderedPages pages,
            PublicVersion versions,
            LocaleResolver locales,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
            Clock clock) {
        FilterRegistrationBean<PublicResponseCache> registration =
                new FilterRegistrationBean<>(new PublicResponseCache(pages, versions, locales, mapping, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
