package org.iccindex.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.EditionId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Paragraph overrides (versions, conflicts, revisions) and published versions, on H2 and on PostgreSQL. */
abstract class AbstractReportStoreTests {
    static final EditionId ICC_2019 = new EditionId("icc-2019");
    static final EditionId ICC_2011 = new EditionId("icc-2011");

    @Autowired
    ParagraphOverrides overrides;

    @Autowired
    Publications publications;

    @Autowired
    CityRepository cities;

    City city;
    ReportKey report;

    @BeforeEach
    void aCityOfItsOwn() {
        String slug = "store-" + UUID.randomUUID().toString().substring(0, 8);
        city = cities.create(new CitySlug(slug), "Store test", "Testland", false);
        report = new ReportKey(city.id(), ICC_2019, 2024);
    }

    @Test
    void savesAreVersionedConflictsRefusedAndEveryChangeKept() {
        String key = "area.education.score";
        assertThat(overrides.save(report, "en", key, "First text", "fp1", 0, "a@example.org"))
                .isEqualTo(1);
        assertThat(overrides.save(report, "en", key, "Second text", "fp2", 1, "b@example.org"))
                .isEqualTo(2);
        assertThatThrownBy(() -> overrides.save(report, "en", key, "Lost update", "fp2", 1, "c@example.org"))
                .isInstanceOf(ParagraphOverrides.ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(overrides.find(report, "en", key)).hasValueSatisfying(o -> {
            assertThat(o.text()).isEqualTo("Second text");
            assertThat(o.fingerprint()).isEqualTo("fp2");
            assertThat(o.version()).isEqualTo(2);
            assertThat(o.editedBy()).isEqualTo("b@example.org");
        });
        // another language is another paragraph
        assertThat(overrides.find(report, "fr", key)).isEmpty();
        overrides.reset(report, "en", key, "fp3", 2, "a@example.org");
        assertThat(overrides.find(report, "en", key)).isEmpty();
        assertThat(overrides.revisions(report, "en", key)).isEqualTo(3);
        assertThat(overrides.save(report, "en", key, "Again", "fp3", 0, "a@example.org"))
                .isEqualTo(1);
    }

    @Test
    void aPublicationKeepsItsExactBytesAndBelongsToItsCity() {
        byte[] pdf = new byte[300_000];
        pdf[0] = '%';
        pdf[299_999] = 7;
        String html = "<html lang=\"ko\"><body>안산시 ".repeat(10_000) + "</body></html>";
        long id = publications.add(
                report, "en", Optional.of("icc-2020-published"), "Title", "fp", html, pdf, "a@example.org");
        assertThat(publications.pdf(city.id(), id))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
        assertThat(publications.html(city.id(), id)).contains(html);
        assertThat(publications.pdf(city.id() + 1_000_000, id)).isEmpty();
        assertThat(publications.ofCity(city.id())).singleElement().satisfies(p -> {
            assertThat(p.pdfSize()).isEqualTo(300_000);
            assertThat(p.benchmark()).contains("icc-2020-published");
            assertThat(p.language()).isEqualTo("en");
        });
    }

    @Test
    void theSameCityAndYearUnderTwoEditionsAreTwoReports() {
        ReportKey other = new ReportKey(city.id(), ICC_2011, 2024);
        String key = "area.education.score";
        overrides.save(report, "en", key, "Under 2019", "fp", 0, "a@example.org");
        assertThat(overrides.find(other, "en", key)).isEmpty();
        assertThat(overrides.save(other, "en", key, "Under 2011", "fp", 0, "a@example.org"))
                .isEqualTo(1);
        assertThat(overrides.find(report, "en", key))
                .hasValueSatisfying(o -> assertThat(o.text()).isEqualTo("Under 2019"));
        assertThat(overrides.revisions(other, "en", key)).isEqualTo(1);

        long id = publications.add(other, "en", Optional.empty(), "Title", "fp", "<html></html>", new byte[] {1}, "a");
        assertThat(publications.of(report)).isEmpty();
        assertThat(publications.of(other)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.edition()).isEqualTo(ICC_2011);
        });
    }
}
