package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.report.CityAnswers;
import org.iccindex.report.CityAnswers.AreaActivity;
import org.iccindex.support.Icc2019Areas;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the report says a city does, read from Valmonte's published 2023 answers (demo/answers/valmonte-2023.yaml):
 * every item reads as part of a running list, options of a multiple-choice question keep the question's context, a
 * partly met measure says how far the city got, and a draft round never feeds a report.
 */
@OnH2WithDemo
class ReportAnswersIntegrationTests {
    private static final CitySlug VALMONTE = new CitySlug("valmonte");

    @Autowired
    CityAnswers answers;

    private AreaActivity activity(String area, Locale locale) {
        return answers.activity(VALMONTE, 2023, new AreaCode(area), locale);
    }

    @Test
    void commitmentListsWhatValmonteHasAndLacksInItsContext() {
        AreaActivity commitment = activity("commitment", Locale.ENGLISH);

        assertThat(commitment.achieved())
                .contains(
                        "a budget for the intercultural strategy",
                        "a strategy with intercultural goals",
                        "a unit in charge of the intercultural approach",
                        "a council or body representing foreign residents",
                        "associations of migrants and minorities",
                        "a page of the city's website that explains the intercultural approach");
        assertThat(commitment.missing())
                .contains(
                        "an evaluated intercultural action plan",
                        "residents in general, whatever their nationality",
                        "a logo, label, mascot or other symbol of the city's openness")
                .doesNotContain("associations of migrants and minorities");
        // a strategy being drafted is partial, with how far it goes; options keep their shared lead-in apart
        assertThat(commitment.measures())
                .anySatisfy(m -> {
                    assertThat(m.text()).isEqualTo("a strategy with intercultural goals");
                    assertThat(m.status()).isEqualTo(org.iccindex.report.CityAnswers.Status.PARTIAL);
                    assertThat(m.detail()).isEqualTo("a strategy is being drafted");
                })
                .anySatisfy(m -> assertThat(m.lead()).startsWith("consulted as a matter of routine"));
    }

    @Test
    void optionsReadInFrenchToo() {
        assertThat(activity("welcoming", Locale.FRENCH).achieved())
                .contains("réfugiés et demandeurs d'asile", "étudiants internationaux");
    }

    @Test
    void everyItemOfEveryAreaIsAMeasureNotAQuestion() {
        List<String> items = new ArrayList<>();
        for (String area : Icc2019Areas.ALL) {
            AreaActivity activity = activity(area, Locale.ENGLISH);
            assertThat(activity.recorded()).as(area).isTrue();
            assertThat(activity.achieved().size() + activity.missing().size())
                    .as(area)
                    .isPositive();
            items.addAll(activity.achieved());
            items.addAll(activity.missing());
        }
        assertThat(items)
                .allSatisfy(item -> assertThat(item)
                        .doesNotEndWith("?")
                        .satisfies(i -> assertThat(
                                        Character.isUpperCase(i.charAt(0)) && !Character.isUpperCase(i.charAt(1)))
                                .as("starts like a sentence: %s", i)
                                .isFalse()));
    }

    @Test
    void aDraftRoundFeedsNoReport() {
        // the demo starts Valmonte's 2026 round from its 2023 answers and leaves it in draft
        AreaActivity draft = answers.activity(VALMONTE, 2026, new AreaCode("commitment"), Locale.ENGLISH);
        assertThat(draft).isEqualTo(AreaActivity.NONE);
        assertThat(answers.profile(VALMONTE, 2026, Locale.ENGLISH)).isEmpty();
    }
}
