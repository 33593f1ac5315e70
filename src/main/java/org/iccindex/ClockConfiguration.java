package org.iccindex;

import java.time.Clock;
import org.iccindex.shared.PageTimes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock: every module takes the time from this bean, so a test can fix or move it (and a
 * test does not fail because it runs across midnight). Its zone is {@code icc.time.zone}: stored times are instants
 * ({@code timestamp with time zone}); pages show them in that zone through {@link PageTimes} (bean {@code times},
 * which templates call as {@code @times}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeProperties.class)
class ClockConfiguration {

    @Bean
    Clock clock(TimeProperties properties) {
        return Clock.system(properties.zone());
    }

    @Bean
    PageTimes times(Clock clock) {
        return new PageTimes(clock.getZone());
    }
}
