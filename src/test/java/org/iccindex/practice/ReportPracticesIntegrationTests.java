package org.iccindex.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.report.GoodPractices;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The practices a report cites: a real city's report never cites the demo data's fictional practices. */
@OnH2WithDemo
class ReportPracticesIntegrationTests {
    @Autowired
    GoodPractices practices;

    @Test
    void ansansReportCitesTheRealPracticesOfTheReportItself() {
        var commitment = practices.forArea(new AreaCode("commitment"), new CitySlug("ansan"), Locale.ENGLISH, 2);
        assertThat(commitment).extracting(GoodPractices.Practice::city).containsExactly("Auckland", "Geneva");
        for (String area : new String[] {"education", "public_space", "mediation", "language", "welcoming"}) {
            assertThat(practices.forArea(new AreaCode(area), new CitySlug("ansan"), Locale.ENGLISH, 3))
                    .as(area)
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.fictional()).isFalse());
        }
    }

    @Test
    void aFictionalCitysReportMarksFictionalPractices() {
        var cited = practices.forArea(new AreaCode("commitment"), new CitySlug("northbay"), Locale.ENGLISH, 5);
        assertThat(cited).isNotEmpty();
        assertThat(cited).filteredOn(GoodPractices.Practice::fictional).isNotEmpty();
        assertThat(cited).allSatisfy(p -> assertThat(p.city()).doesNotContain("(", "fictional"));
    }
}
