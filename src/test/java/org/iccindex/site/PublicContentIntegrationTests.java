package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.iccindex.city.CitySlug;
import org.iccindex.publication.PublicDataChanged;
import org.iccindex.result.ResultImporter;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The city page's extension point: a module publishing reports (here a stand-in) makes a "Reports" section appear
 * on the cities it has reports for, as soon as it publishes one (and says so with the event), and on no other city.
 */
@OnH2
@AutoConfigureMockMvc
@Import(PublicContentIntegrationTests.StandInReports.class)
class PublicContentIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    ResultImporter importer;

    @Autowired
    StandInReports reports;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @TestConfiguration
    static class StandInReports {
        final List<PublicLink> published = new CopyOnWriteArrayList<>();

        @Bean
        PublicContent.Reports standInReports() {
            return new PublicContent.Reports() {
                @Override
                public List<PublicLink> forCity(CitySlug city, Locale locale) {
                    return city.value().equals("reportville") ? List.copyOf(published) : List.of();
                }
            };
        }
    }

    private String page(String url) throws Exception {
        return mvc.get().uri(url).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aPublishedReportAppearsOnItsCityPageAtOnce() throws Exception {
        importer.importResults(
                "reports.csv",
                ("city,slug,country,edition,round,published_on,origin,aggregate,commitment,source\n"
                                + "Reportville,reportville,Testland,icc-2019,2022,2022-03-01,published,64,70,test\n"
                                + "Otherville,otherville,Testland,icc-2019,2022,2022-03-01,published,50,40,test\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test");
        assertThat(page("/cities/reportville")).doesNotContain("id=\"reports\"");

        reports.published.add(new PublicLink(
                "Reportville ICC Index analysis 2022",
                URI.create("/reports/reportville-2022.pdf"),
                Optional.of(LocalDate.of(2022, 6, 1)),
                "PDF, 2 MB"));
        // what a module that publishes reports does in the transaction that stores one
        transaction.executeWithoutResult(status -> events.publishEvent(
                new PublicDataChanged(PublicDataChanged.Subject.REPORTS, "Reportville 2022 published")));
        String html = page("/cities/reportville");
        assertThat(html).contains("<h2 id=\"reports\">Reports</h2>");
        assertThat(html).contains("<a href=\"/reports/reportville-2022.pdf\">Reportville ICC Index analysis 2022</a>");
        assertThat(html).contains("PDF, 2 MB");
        assertThat(page("/cities/otherville")).doesNotContain("id=\"reports\"");
        assertThat(html).doesNotContain("id=\"practices\"");
    }
}
