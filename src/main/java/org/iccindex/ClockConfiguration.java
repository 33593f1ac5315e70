package org.iccindex;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock: every module takes the time from this bean, so a test can fix or move it (and a
 * test does not fail because it runs across midnight). The server's time zone; timestamps that leave the process
 * (the public version row, Last-Modified) are written with their offset.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
