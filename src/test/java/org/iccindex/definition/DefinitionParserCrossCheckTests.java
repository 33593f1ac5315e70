package org.iccindex.definition;

import static org.iccindex.definition.BrokenDefinitions.assertError;
import static org.iccindex.definition.BrokenDefinitions.assertOnlyError;
import static org.iccindex.definition.MiniEdition.yamlWith;

import org.junit.jupiter.api.Test;

/**
 * One broken copy of the mini edition per kind of error found across the definition: references, uniqueness, the
 * declared counts and the indicators (see {@link BrokenDefinitions} for how the expected line is marked).
 */
class DefinitionParserCrossCheckTests {
    @Test
    void unknownAreaReferencedByAQuestion() {
        String yaml = yamlWith(
                "  - code: commitment.strategy\n    area: commitment\n",
                "  - code: commitment.strategy\n    area: comitment  #<-\n");

        assertOnlyError(yaml, "questions[commitment.strategy].area", "unknown area 'comitment'");
    }

    @Test
    void unknownAreaReferencedByAnIndicator() {
        String yaml = yamlWith("    areas: [commitment]\n", "    areas: [comitment]  #<-\n");

        assertError(yaml, "indicators[commitment].areas", "unknown area 'comitment'");
    }

    @Test
    void duplicateQuestionCode() {
        String yaml = yamlWith("  - code: commitment.strategy\n", "  - code: commitment.statement  #<-\n");

        // the second one is the duplicate
        assertOnlyError(yaml, "questions[commitment.statement].code", "duplicate question code 'commitment.statement'");
    }

    @Test
    void duplicateAreaCode() {
        String yaml = yamlWith("  - code: public_space\n", "  - code: education  #<-\n");

        // the second education is dropped, so public_space is unknown to its question and indicator: more errors
        assertError(yaml, "areas[education]", "duplicate area code 'education'");
    }

    @Test
    void pointsTooLargeForAScoreToCount() {
        String yaml = yamlWith(
                "  - code: commitment\n    name: {en: Commitment, fr: Engagement}\n    weight:",
                "  - code: commitment  #<-\n    name: {en: Commitment, fr: Engagement}\n    weight:");
        yaml = MiniEdition.replaceOnce(
                yaml,
                "{code: residents, label: {en: Residents, fr: Habitants}, points: 1}",
                "{code: residents, label: {en: Residents, fr: Habitants}, points: 2000000000}");
        yaml = MiniEdition.replaceOnce(
                yaml,
                "{code: migrants, label: {en: Migrant groups, fr: Groupes de migrants}, points: 2}",
                "{code: migrants, label: {en: Migrant groups, fr: Groupes de migrants}, points: 2000000000}");

        // each option is a valid int, but statement 2 + strategy 3 + consultation (2e9 + 1 + 2e9) = 4000000006
        // overflows the int sums of scoring: accepting it would make the scorer fail on the first answer
        assertOnlyError(yaml, "areas[commitment]", "can earn 4000000006 points in all");
    }

    @Test
    void weightsThatDoNotSumToTheDeclaredTotal() {
        String areaWeight = yamlWith("  total_weight: 5\n", "  total_weight: 5  #<-\n");
        areaWeight = MiniEdition.replaceOnce(areaWeight, "    weight: 2\n", "    weight: 3\n");
        String declared = yamlWith("  total_weight: 5\n", "  total_weight: 4  #<-\n");

        // commitment weighs 3 now: 3 + 1 + 1 + 1 = 6
        assertOnlyError(areaWeight, "expect.total_weight", "declares 5 but the weights of the scored areas sum to 6");
        // 2 + 1 + 1 + 1 = 5, not the 4 declared
        assertOnlyError(declared, "expect.total_weight", "declares 4 but the weights of the scored areas sum to 5");
    }

    @Test
    void mandatoryCountMismatch() {
        String yaml = yamlWith("  mandatory: 5\n", "  mandatory: 6  #<-\n");

        // statement, strategy, consultation, mixing and design are the 5 mandatory scored questions
        assertOnlyError(yaml, "expect.mandatory", "declares 6 mandatory scored questions but the definition has 5");
    }

    @Test
    void questionCountMismatch() {
        String yaml = yamlWith("  questions: 8\n", "  questions: 86  #<-\n");

        // 10 questions, of which 2 facts: 8 scored
        assertOnlyError(
                yaml, "expect.questions", "declares 86 scored (input and impact) questions but the definition has 8");
    }

    @Test
    void inputQuestionInTheUnscoredProfileArea() {
        String yaml = yamlWith(
                "  - code: education.notes\n    area: education\n",
                "  - code: education.notes\n    area: profile  #<-\n");

        assertOnlyError(
                yaml,
                "questions[education.notes].area",
                "an input question belongs in a scored area, not in 'profile'");
    }

    @Test
    void scoredAreaWithoutAnyQuestionThatCanEarnPoints() {
        // public_space's only question becomes free text, which never scores
        String yaml = yamlWith("  - code: public_space\n", "  - code: public_space  #<-\n");
        yaml = MiniEdition.replaceOnce(
                yaml,
                "    type: yes_no\n    mandatory: true\n    not_applicable: exclude\n",
                "    type: text\n    mandatory: true\n");
        yaml = MiniEdition.replaceOnce(
                yaml, "    options:\n      - {code: yes, points: 2}\n      - {code: no, points: 0}\n", "");

        assertOnlyError(yaml, "areas[public_space]", "scored area 'public_space' has no question that can earn points");
    }

    @Test
    void areaInTwoIndicators() {
        String yaml = yamlWith(
                "    areas: [education, public_space]\n", "    areas: [education, public_space, commitment]  #<-\n");

        assertOnlyError(yaml, "indicators[lens].areas", "area 'commitment' already belongs to indicator 'commitment'");
    }

    @Test
    void scoredAreaInNoIndicator() {
        String yaml = yamlWith(
                "  - code: participation\n    name: {en: Participation, fr: Participation}\n    areas: [participation]\n",
                "");
        yaml = MiniEdition.replaceOnce(yaml, "  indicators: 3\n", "  indicators: 2\n");
        yaml = MiniEdition.replaceOnce(yaml, "  - code: participation\n", "  - code: participation  #<-\n");

        assertOnlyError(yaml, "areas[participation]", "scored area 'participation' belongs to no indicator");
    }
}
