package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.iccindex.definition.QuestionCode;
import org.junit.jupiter.api.Test;

/** Evidence behind the earned points, on the mini edition, with expectations worked out by hand. */
class EvidenceCoverageTests {
    private static final Definition MINI = MiniEdition.definition();

    private static QuestionCode q(String code) {
        return new QuestionCode(code);
    }

    /** commitment earns yes 2 + draft 1 + residents and migrants 1 + 2 = 6; education earns 30% -> 2. */
    private static AnswerSet answers() {
        Map<QuestionCode, Answer> answers = new LinkedHashMap<>();
        answers.put(q("commitment.statement"), new Answer.YesNo(true));
        answers.put(q("commitment.strategy"), new Answer.Choice("draft"));
        answers.put(q("commitment.consultation"), new Answer.Choices(Set.of("residents", "migrants")));
        answers.put(q("education.mixing"), new Answer.Numeric(new BigDecimal("30")));
        answers.put(q("education.budget"), new Answer.NotApplicable("No school budget of our own."));
        answers.put(q("participation.candidacy"), new Answer.NotApplicable("National law."));
        return new AnswerSet(MINI.edition(), answers);
    }

    @Test
    void countsTheEarnedPointsOfAnswersWithEvidence() {
        EvidenceCoverage coverage =
                EvidenceCoverage.of(MINI, answers(), Set.of(q("commitment.statement"), q("commitment.consultation")));

        EvidenceCoverage.Area commitment = coverage.areas().get(new AreaCode("commitment"));
        // statement 2 + consultation 3 = 5 of the 6 earned; the draft strategy (1 point) has none
        assertThat(commitment.earned()).isEqualTo(6);
        assertThat(commitment.supported()).isEqualTo(5);
        assertThat(commitment.share().getAsDouble()).isEqualTo(5.0 / 6.0);
        assertThat(commitment.unsupported()).containsExactly(q("commitment.strategy"));

        EvidenceCoverage.Area education = coverage.areas().get(new AreaCode("education"));
        assertThat(education.earned()).isEqualTo(2);
        assertThat(education.share()).hasValue(0.0);
        assertThat(education.unsupported()).containsExactly(q("education.mixing"));
        // 5 of 6 + 2 = 8 earned in all
        assertThat(coverage.overall()).hasValue(5.0 / 8.0);
    }

    @Test
    void anAreaWithNothingEarnedHasNoShareAndNothingToSupport() {
        EvidenceCoverage coverage = EvidenceCoverage.of(MINI, answers(), Set.of(q("participation.candidacy")));

        EvidenceCoverage.Area participation = coverage.areas().get(new AreaCode("participation"));
        assertThat(participation.earned()).isZero();
        assertThat(participation.share()).isEmpty();
        assertThat(participation.unsupported()).isEmpty();
        assertThat(coverage.areas().get(new AreaCode("public_space")).share()).isEmpty();
        assertThat(coverage.areas().keySet())
                .containsExactly(
                        new AreaCode("commitment"),
                        new AreaCode("education"),
                        new AreaCode("public_space"),
                        new AreaCode("participation"));
    }

    @Test
    void evidenceOnEveryEarningAnswerCoversEverything() {
        EvidenceCoverage coverage = EvidenceCoverage.of(
                MINI,
                answers(),
                Set.of(
                        q("commitment.statement"),
                        q("commitment.strategy"),
                        q("commitment.consultation"),
                        q("education.mixing")));

        assertThat(coverage.overall()).hasValue(1.0);
        assertThat(coverage.areas().values())
                .allSatisfy(a -> assertThat(a.unsupported()).isEmpty());
    }

    @Test
    void aFileOrLinkCountsAndANoteOnlyFromTheSetLength() {
        EvidenceRule rule = new EvidenceRule(10);

        assertThat(rule.supports(1, "")).isTrue();
        assertThat(rule.supports(0, "see site")).isFalse();
        // ten characters once the surrounding blanks are dropped
        assertThat(rule.supports(0, "  0123456789  ")).isTrue();
        assertThat(rule.supports(0, "012345678")).isFalse();
        assertThat(rule.supports(0, null)).isFalse();
        assertThatThrownBy(() -> new EvidenceRule(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
