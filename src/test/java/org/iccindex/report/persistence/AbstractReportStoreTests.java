package org.iccindex.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Paragraph overrides (versions, conflicts, revisions) and published versions, on H2 and on PostgreSQL. */
abstract class AbstractReportStoreTests {
    @Autowired
    ParagraphOverrides overrides;

    @Autowired
    Publications publications;

    @Autowired
    CityRepository cities;

    City city;

    @BeforeEach
    void aCityOfItsOwn() {
        String slug = "store-" + UUID.randomUUID().toString().substring(0, 8);
        city = cities.create(new CitySlug(slug), "Store test", "Testland", false);
    }

    @Test
    void savesAreVersionedConflictsRefusedAndEveryChangeKept() {
        String key = "area.education.score";
        assertThat(overrides.save(city.id(), 2024, "en", key, "First text", "fp1", 0, "a@example.org"))
                .isEqualTo(1);
        assertThat(overrides.save(city.id(), 2024, "en", key, "Second text", "fp2", 1, "b@example.org"))
                .isEqualTo(2);
        assertThatThrownBy(() -> overrides.save(city.id(), 2024, "en", key, "Lost update", "fp2", 1, "c@example.org"))
                .isInstanceOf(ParagraphOverrides.ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(overrides.find(city.id(), 2024, "en", key)).hasValueSatisfying(o -> {
            assertThat(o.text()).isEqualTo("Second text");
            assertThat(o.fingerprint()).isEqualTo("fp2");
            assertThat(o.version()).isEqualTo(2);
            assertThat(o.editedBy()).isEqualTo("b@example.org");
        });
        // another language is another paragraph
        assertThat(overrides.find(city.id(), 2024, "fr", key)).isEmpty();
        overrides.reset(city.id(), 2024, "en", key, "fp3", 2, "a@example.org");
        assertThat(overrides.find(city.id(), 2024, "en", key)).isEmpty();
        assertThat(overrides.revisions(city.id(), 2024, "en", key)).isEqualTo(3);
        assertThat(overrides.save(city.id(), 2024, "en", key, "Again", "fp3", 0, "a@example.org"))
                .isEqualTo(1);
    }

    @Test
    void aPublicationKeepsItsExactBytesAndBelongsToItsCity() {
        byte[] pdf = new byte[300_000];
        pdf[0] = '%';
        pdf[299_999] = 7;
        String html = "<html lang=\"ko\"><body>안산시 ".repeat(10_000) + "</body></html>";
        long id = publications.add(
                city.id(), 2024, "en", Optional.of("icc-2020-published"), "Title", "fp", html, pdf, "a@example.org");
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
}
