package org.iccindex.demo;

import org.iccindex.account.Accounts;
import org.iccindex.assessment.RoundFiles;
import org.iccindex.assessment.RoundWorkflow;
import org.iccindex.assessment.Rounds;
import org.iccindex.city.CityRepository;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.ResultImporter;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

    @Bean
    DemoDataLoader demoDataLoader(
            ResultImporter importer,
            PublishedSnapshots snapshots,
            CityRepository cities,
            TransactionTemplate transaction,
            Accounts accounts,
            Rounds rounds,
            RoundFiles roundFiles,
            RoundWorkflow workflow,
            JdbcClient jdbc,
            EditionCatalog catalog,
            java.time.Clock clock) {
        return new DemoDataLoader(
                importer,
                snapshots,
                cities,
                transaction,
                accounts,
                rounds,
                roundFiles,
                workflow,
                jdbc,
                catalog,
                clock.getZone());
    }

    @Bean
    @Order(10)
    ApplicationRunner loadDemoData(DemoDataLoader loader, DemoProperties properties, DataSourceProperties dataSource) {
        return args -> {
            if (properties.appliesTo(dataSource.determineUrl())) {
                loader.loadIfEmpty();
            }
        };
    }
}
