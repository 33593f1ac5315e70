package org.iccindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.benchmark.Robustness;
import org.iccindex.city.CitySlug;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.messages.Messages;
import org.iccindex.result.RobustnessService;
import org.iccindex.result.SampleService;
import org.iccindex.support.OnH2WithDemo;
import org.iccindex.wording.Wording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report says how much the city's aggregate rank depends on the method, with a small chart, from the same
 * robustness computation as the city page; a report set against a published benchmark (Ansan 2020) gives no rank.
 */
@OnH2WithDemo
class ReportRobustnessIntegrationTests {
    @Autowired
    Reports reports;

    @Autowired
    RobustnessService robustness;

    @Autowired
    SampleService samples;

    @Autowired
    EditionCatalog catalog;

    private CityReport report(String city, int round, Locale locale) {
        return reports.build(new ReportRequest(new CitySlug(city), round, Optional.empty(), locale));
    }

    private static String text(CityReport report) {
        return report.paragraphs().stream().map(Paragraph::text).reduce("", (a, b) -> a + " " + b);
    }

    @Test
    void valmontesReportGivesItsRankIntervalAmongFictionalCitiesWithAChart() {
        SampleService.Comparison comparison = samples.compare(
                        new CitySlug("valmonte"), java.util.OptionalInt.of(2023), Optional.empty())
                .orElseThrow();
        Robustness computed = robustness.robustness(
                catalog.get(comparison.benchmarkEdition()),
                comparison.comparison().snapshot());
        RankInterval interval = computed.of("valmonte").orElseThrow();
        assertThat(interval.synthetic()).isTrue();
        Wording en = Wording.of(Messages.create()::getMessage, Locale.ENGLISH);

        CityReport report = report("valmonte", 2023, Locale.ENGLISH);

        assertThat(text(report))
                .contains("among the " + interval.outOf() + " fictional cities with every area score, Valmonte ranks "
                        + en.ordinal(interval.nominal()))
                .contains("over "
                        + NumberFormat.getIntegerInstance(Locale.ENGLISH)
                                .format(computed.settings().draws())
                        + " variants of the method")
                .contains("its median rank is " + en.ordinal(interval.median()))
                .contains("between " + en.ordinal(interval.low()) + " and " + en.ordinal(interval.high()));
        assertThat(report.charts())
                .filteredOn(c -> c.id().equals("chart-robustness"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.svg()).contains("<svg").contains("<rect");
                    assertThat(c.alt()).contains("median rank " + en.ordinal(interval.median()));
                    assertThat(c.rows()).hasSize(4);
                });
        assertThat(text(report("valmonte", 2023, Locale.FRENCH)))
                .contains("parmi les " + interval.outOf() + " villes fictives qui ont un score dans chaque domaine");
    }

    @Test
    void aReportSetAgainstAPublishedBenchmarkGivesNoRankInterval() {
        CityReport report = report("ansan", 2020, Locale.ENGLISH);

        assertThat(text(report)).doesNotContain("depends on the method").doesNotContain("rank interval");
        assertThat(report.charts()).noneMatch(c -> c.id().equals("chart-robustness"));
    }
}
