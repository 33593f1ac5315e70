package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iccindex.definition.MiniEdition.FILE;
import static org.iccindex.definition.MiniEdition.lineOf;
import static org.iccindex.definition.MiniEdition.yamlWith;

import java.util.List;
import org.iccindex.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One broken copy of the mini edition per kind of error. Each copy marks the line the message must name with a
 * YAML comment {@value #HERE}; each test checks the file, that line, the key path and the gist of the message, as
 * an author reading {@code file:line: key: message} would.
 */
class DefinitionParserErrorsTests {
    private static final String HERE = "#<-";

    /** The errors of {@code yaml}, after checking that it is rejected. */
    private static List<Problem> errorsOf(String yaml) {
        DefinitionResult result = DefinitionParser.parse(FILE, yaml);
        assertThat(result).as("%s", result.problems()).isInstanceOf(DefinitionResult.Invalid.class);
        return result.errors();
    }

    /** Asserts that {@code yaml} is rejected with, among others, this error on the line marked {@value #HERE}. */
    private static void assertError(String yaml, String key, String gist) {
        int line = lineOf(yaml, HERE);
        assertThat(errorsOf(yaml)).anySatisfy(error -> assertLocated(error, line, key, gist));
    }

    /** As {@link #assertError}, and no other error. */
    private static void assertOnlyError(String yaml, String key, String gist) {
        int line = lineOf(yaml, HERE);
        assertThat(errorsOf(yaml)).singleElement().satisfies(error -> assertLocated(error, line, key, gist));
    }

    private static void assertLocated(Problem error, int line, String key, String gist) {
        assertThat(error.file()).isEqualTo(FILE);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.key()).isEqualTo(key);
        assertThat(error.message()).contains(gist);
        String where =
                FILE + ":" + line + ": " + (error.isError() ? "" : "warning: ") + (key.isEmpty() ? "" : key + ": ");
        assertThat(error.toString()).startsWith(where);
    }

    @Test
    void yamlSyntaxError() {
        String yaml = yamlWith("    weight: 2\n", "    weight: 2: 3  #<-\n");

        // the reader stops at the syntax error: nothing else is checked
        assertOnlyError(yaml, "", "not valid YAML: mapping values are not allowed here");
    }

    @Test
    void missingRequiredKey() {
        String yaml = yamlWith(
                "  - code: commitment.strategy\n    area: commitment\n    kind: input\n    type: single_choice\n"
                        + "    mandatory: true\n",
                "  - code: commitment.strategy  #<-\n    area: commitment\n    kind: input\n    type: single_choice\n");

        // reported on the question that lacks the key; the question is dropped, so the counts differ too
        assertError(yaml, "questions[commitment.strategy].mandatory", "missing (required)");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "title: {en: Mini index, fr: Mini indice} | titel: {en: Mini index, fr: Mini indice}  #<- | titel",
                "introduced: 2024-01-01 | introducd: 2024-01-01  #<- | areas[participation].introducd",
                "    name: {en: Intercultural lens, fr: Prisme interculturel} | "
                        + "    nmae: {en: Intercultural lens, fr: Prisme interculturel}  #<- | indicators[lens].nmae",
                "    unit: {en: euros, fr: euros} | "
                        + "    units: {en: euros, fr: euros}  #<- | questions[education.budget].units",
                "      - {code: draft, label: {en: Draft, fr: Projet}, points: 1} | "
                        + "      - {code: draft, label: {en: Draft, fr: Projet}, points: 1, pionts: 1}  #<- | "
                        + "questions[commitment.strategy].options[draft].pionts"
            })
    void unknownKey(String find, String typo, String key) {
        String yaml = yamlWith(find, typo);

        // the message names the key as written and the keys allowed there (a misspelt required key is also missing)
        assertError(yaml, key, "unknown key (allowed: ");
    }

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
    void duplicateOptionCode() {
        String yaml = yamlWith(
                "      - {code: ngos, label: {en: NGOs, fr: ONG}, points: 1}\n",
                "      - {code: residents, label: {en: NGOs, fr: ONG}, points: 1}  #<-\n");

        assertOnlyError(
                yaml, "questions[commitment.consultation].options[residents]", "duplicate option code 'residents'");
    }

    @Test
    void optionWithoutPoints() {
        String yaml = yamlWith(
                "      - {code: draft, label: {en: Draft, fr: Projet}, points: 1}\n",
                "      - {code: draft, label: {en: Draft, fr: Projet}}  #<-\n");

        assertOnlyError(yaml, "questions[commitment.strategy].options[draft]", "option without points");
    }

    @Test
    void thresholdWithoutPoints() {
        String yaml = yamlWith("      - {at_least: 25, points: 2}\n", "      - {at_least: 25}  #<-\n");

        // thresholds have no code: the second one is thresholds[1]
        assertOnlyError(yaml, "questions[education.mixing].thresholds[1]", "threshold without points");
    }

    @Test
    void negativePoints() {
        String option = yamlWith(
                "      - {code: adopted, label: {en: Adopted, fr: Adoptée}, points: 3}\n",
                "      - {code: adopted, label: {en: Adopted, fr: Adoptée}, points: -3}  #<-\n");
        String threshold =
                yamlWith("      - {at_least: 10000, points: 3}\n", "      - {at_least: 10000, points: -3}  #<-\n");

        assertOnlyError(option, "questions[commitment.strategy].options[adopted].points", "points must be 0 or more");
        assertOnlyError(threshold, "questions[education.budget].thresholds[1].points", "points must be 0 or more");
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

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-0.5"})
    void weightZeroOrNegative(String weight) {
        String yaml = yamlWith("    weight: 2\n", "    weight: " + weight + "  #<-\n");

        // the area then counts with weight 1, so expect.total_weight (5) does not match 4 either
        assertError(yaml, "areas[commitment].weight", "the weight of a scored area must be greater than 0");
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
    void factQuestionWithPoints() {
        String yaml = yamlWith(
                "    area: profile\n    kind: fact\n    type: number\n    mandatory: true\n    fact: population\n",
                "    area: profile\n    kind: fact  #<-\n    type: number\n    mandatory: true\n    fact: population\n"
                        + "    thresholds: [{at_least: 100000, points: 1}]\n");

        assertOnlyError(
                yaml, "questions[profile.population].kind", "a fact question describes the city and carries no points");
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
    void yesNoWithOptionsOtherThanYesAndNo() {
        String yaml = yamlWith(
                "La ville a-t-elle déclaré son engagement ?\"}\n    options:\n",
                "La ville a-t-elle déclaré son engagement ?\"}\n    options:  #<-\n");
        yaml = MiniEdition.replaceOnce(
                yaml,
                "      - {code: \"no\", points: 0}\n  - code: commitment.strategy",
                "      - {code: nope, points: 0}\n  - code: commitment.strategy");

        assertOnlyError(
                yaml,
                "questions[commitment.statement].options",
                "a yes_no question has exactly the options yes and no");
    }

    @Test
    void missingEnglishText() {
        String yaml = yamlWith(
                "    text: {en: Share of mixed schools, fr: Part des écoles mixtes}\n",
                "    text: {fr: Part des écoles mixtes}  #<-\n");

        assertOnlyError(yaml, "questions[education.mixing].text", "the English text (en) is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mini-2024", "mini_2024", "mini 2024", "mini/2024", "-mini"})
    void editionIdWithBadCharacters(String edition) {
        String yaml = yamlWith("edition: mini-2024\n", "edition: " + edition + "  #<-\n");

        assertOnlyError(yaml, "edition", "must be lower-case letters, digits and '-'");
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

    @Test
    void aMissingTranslationIsAWarningAndTheDefinitionStaysValid() {
        String yaml = yamlWith(
                "    text: {en: Share of mixed schools, fr: Part des écoles mixtes}\n",
                "    text: {en: Share of mixed schools}  #<-\n");

        DefinitionResult result = DefinitionParser.parse(FILE, yaml);

        assertThat(result).isInstanceOf(DefinitionResult.Valid.class);
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertLocated(warning, lineOf(yaml, HERE), "questions[education.mixing].text", "no translation in fr");
            assertThat(warning.toString()).contains(": warning: ");
        });
        // the French reader gets the English text
        Definition definition = ((DefinitionResult.Valid) result).definition();
        assertThat(definition
                        .question(new QuestionCode("education.mixing"))
                        .orElseThrow()
                        .text()
                        .in("fr"))
                .isEqualTo("Share of mixed schools");
    }
}
