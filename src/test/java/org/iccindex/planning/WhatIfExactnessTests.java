package org.iccindex.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.scoring.AnswerSet;
import org.iccindex.scoring.AnswersFile;
import org.iccindex.scoring.AnswersReader;
import org.iccindex.scoring.Rounding;
import org.iccindex.scoring.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every suggestion for the three fictional cities, on every metric of the shipped edition: made to the answers and
 * scored again, it gives exactly (not rounded) the value and the gain it promised; every plan to 100 ends where its
 * steps say, and reaches its target when it claims to.
 */
class WhatIfExactnessTests {
    @ParameterizedTest
    @ValueSource(strings = {"rivermouth-2023", "valmonte-2023", "northbay-2023"})
    void everySuggestionGivesExactlyThePromisedGain(String file) throws IOException {
        Definition definition = EditionCatalog.loadFromClasspath().current();
        AnswerSet answers = answers(definition, file);
        int checked = 0;
        for (Metric metric : SampleAnalysis.metricsOf(definition)) {
            double now = WhatIf.value(Scorer.score(definition, answers), metric).orElse(0);
            List<Suggestion> suggestions = WhatIf.suggestions(definition, answers, metric);
            for (Suggestion suggestion : suggestions) {
                double again = WhatIf.value(
                                Scorer.score(definition, suggestion.change().applyTo(answers)), metric)
                        .getAsDouble();
                assertThat(suggestion.before()).as(metric.code()).isEqualTo(now);
                assertThat(again).as(metric.code() + " " + suggestion).isEqualTo(suggestion.after());
                assertThat(again - now).as(metric.code() + " " + suggestion).isEqualTo(suggestion.gain());
                assertThat(suggestion.gain()).isPositive();
                checked++;
            }
            Plan plan = WhatIf.plan(definition, answers, metric, 100);
            AnswerSet planned = answers;
            for (Suggestion step : plan.steps()) {
                planned = step.change().applyTo(planned);
            }
            double end = WhatIf.value(Scorer.score(definition, planned), metric).orElse(0);
            assertThat(end).as(metric.code()).isEqualTo(plan.end());
            if (plan.reached()) {
                assertThat(Rounding.whole(end)).isEqualTo(100);
            }
        }
        assertThat(checked).as("suggestions checked for " + file).isGreaterThan(20);
    }

    private static AnswerSet answers(Definition definition, String name) throws IOException {
        try (InputStream in = WhatIfExactnessTests.class.getResourceAsStream("/demo/answers/" + name + ".yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            AnswersFile file = AnswersReader.read(name + ".yaml", text, definition);
            assertThat(file.errors()).as(name).isEmpty();
            return file.answers().orElseThrow();
        }
    }
}
