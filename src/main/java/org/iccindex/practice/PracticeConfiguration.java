package org.iccindex.practice;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PracticeProperties.class)
class PracticeConfiguration {

    /** After the demo data (order 10), so that demo practices find their fictional cities. */
    @Bean
    @Order(20)
    ApplicationRunner loadPracticeSeeds(PracticeSeeds seeds, PracticeProperties properties) {
        return args -> {
            if (properties.seedOnStart()) {
                seeds.loadAll();
            }
            seeds.relink();
        };
    }
}
