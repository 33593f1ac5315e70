package org.iccindex.site.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.iccindex.publication.PublicDataChanged;
import org.iccindex.result.ResultImporter;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A corrected or deleted result shows on the next request: when this instance publishes the change (the event), and
 * when another instance did (only the version row moved, as it does in the other instance's transaction).
 */
@OnH2
@AutoConfigureMockMvc
class ChangedResultsIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    ResultImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void twoCities() {
        if (jdbc.sql("select count(*) from city where slug = 'fixville'")
                        .query(Integer.class)
                        .single()
                > 0) {
            return; // the context, and its database, are shared by the tests of this class
        }
        importer.importResults(
                "two.csv",
                ("city,slug,country,edition,round,published_on,origin,aggregate,commitment,source\n"
                                + "Fixville,fixville,Testland,icc-2019,2022,2022-03-01,published,64,70,test\n"
                                + "Goneville,goneville,Testland,icc-2019,2022,2022-03-01,published,50,40,test\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test");
    }

    private String page(String url) throws Exception {
        return mvc.get().uri(url).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCorrectionPublishedHereShowsOnTheNextRequest() throws Exception {
        assertThat(page("/api/v1/cities/fixville")).contains("64");
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update result set aggregate_published = 71 where city_id = (select id from city where slug = ?)")
                    .param("fixville")
                    .update();
            events.publishEvent(new PublicDataChanged(PublicDataChanged.Subject.RESULTS, "Fixville 2022 corrected"));
        });
        String after = page("/api/v1/cities/fixville");
        assertThat(after).contains("71").doesNotContain("64");
    }

    @Test
    void aDeletionByAnotherInstanceShowsOnTheNextRequest() throws Exception {
        assertThat(page("/")).contains("Goneville");
        assertThat(page("/cities/goneville")).contains("Goneville");
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from result_area_score where result_id in"
                            + " (select r.id from result r join city c on c.id = r.city_id where c.slug = ?)")
                    .param("goneville")
                    .update();
            jdbc.sql("delete from result where city_id = (select id from city where slug = ?)")
                    .param("goneville")
                    .update();
            // what the other instance's PublicVersion does in its transaction; no event reaches this one
            jdbc.sql("update public_version set version = version + 1 where id = 1")
                    .update();
        });
        assertThat(page("/")).contains("Fixville").doesNotContain("Goneville");
        assertThat(mvc.get().uri("/cities/goneville").exchange()).hasStatus(404);
    }
}
