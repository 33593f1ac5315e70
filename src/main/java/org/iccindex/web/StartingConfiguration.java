package org.iccindex.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class StartingConfiguration {

    /** First of all filters: nothing else runs while the application is starting. */
    @Bean
    FilterRegistrationBean<StartingFilter> startingFilter(
            ApplicationAvailability availability, MessageSource messages) {
        FilterRegistrationBean<StartingFilter> registration =
                new FilterRegistrationBean<>(new StartingFilter(availability, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
