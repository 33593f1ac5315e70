package org.iccindex.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.iccindex.benchmark.Metric;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.AnswerSet;
import org.junit.jupiter.api.Test;

/** The planner on the mini edition, with expectations worked out by hand from its points. */
class WhatIfTests {
    private static final Metric COMMITMENT = Metric.area(new AreaCode("commitment"));
    private final Definition mini = MiniEdition.definition();

    /** Commitment: statement "no" (0 of 2), strategy "draft" (1 of 3), consulting residents (1 of 4): 2 of 9. */
    private AnswerSet answers() {
        Map<QuestionCode, Answer> answers = new LinkedHashMap<>();
        answers.put(new QuestionCode("commitment.statement"), new Answer.YesNo(false));
        answers.put(new QuestionCode("commitment.strategy"), new Answer.Choice("draft"));
        answers.put(new QuestionCode("commitment.consultation"), new Answer.Choices(Set.of("residents")));
        return new AnswerSet(mini.edition(), answers);
    }

    @Test
    void suggestionsRaiseTheAreaByTheirPointsOverItsMaximumLargestFirst() {
        var suggestions = WhatIf.suggestions(mini, answers(), COMMITMENT);

        // 2 points more of 9 for "yes", "adopted" (1 -> 3) and migrant groups; 1 point more for NGOs
        assertThat(suggestions)
                .extracting(s ->
                        s.change().question().value() + "=" + shown(s.change().to()))
                .containsExactly(
                        "commitment.statement=yes",
                        "commitment.strategy=adopted",
                        "commitment.consultation=[migrants, residents]",
                        "commitment.consultation=[ngos, residents]");
        assertThat(suggestions.get(0).before()).isEqualTo(100.0 * 2 / 9);
        assertThat(suggestions.get(0).after()).isEqualTo(100.0 * 4 / 9);
        assertThat(suggestions.get(3).after()).isEqualTo(100.0 * 3 / 9);
    }

    private static String shown(Answer answer) {
        if (answer instanceof Answer.Choices choices) {
            return choices.options().stream().sorted().toList().toString();
        }
        return answer instanceof Answer.YesNo yesNo ? yesNo.optionCode() : ((Answer.Choice) answer).option();
    }

    @Test
    void aPlanTakesTheLargestGainsUntilTheShownValueReachesTheTarget() {
        // 60 is reached at 6 of 9 points (66.7): two changes of 2 points each
        Plan plan = WhatIf.plan(mini, answers(), COMMITMENT, 60);
        assertThat(plan.reached()).isTrue();
        assertThat(plan.steps()).hasSize(2);
        assertThat(plan.end()).isEqualTo(100.0 * 6 / 9);

        Plan all = WhatIf.plan(mini, answers(), COMMITMENT, 100);
        assertThat(all.reached()).isTrue();
        assertThat(all.steps()).hasSize(4);
        assertThat(all.end()).isEqualTo(100.0);
    }

    @Test
    void aTargetAlreadyReachedNeedsNoChangeAndAnOutOfRangeTargetIsRefused() {
        assertThat(WhatIf.plan(mini, answers(), COMMITMENT, 22).steps()).isEmpty();
        assertThatThrownBy(() -> WhatIf.plan(mini, answers(), COMMITMENT, 101))
                .hasMessageContaining("between 0 and 100");
    }

    @Test
    void notApplicableIsNeverSuggested() {
        Map<QuestionCode, Answer> answers = new LinkedHashMap<>(answers().answers());
        answers.put(new QuestionCode("education.mixing"), new Answer.Numeric(java.math.BigDecimal.ONE));
        var suggestions = WhatIf.suggestions(
                mini, new AnswerSet(mini.edition(), answers), Metric.area(new AreaCode("education")));
        assertThat(suggestions).isNotEmpty().noneMatch(s -> s.change().to() instanceof Answer.NotApplicable);
        // the lowest value of each higher threshold: 10 %, 25 %, 50 % of mixed schools and the budget's 1,000 / 10,000
        assertThat(suggestions)
                .extracting(s -> s.change().to().toString())
                .contains("Numeric[value=50]", "Numeric[value=10000]");
    }
}
