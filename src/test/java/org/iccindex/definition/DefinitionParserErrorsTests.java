package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iccindex.definition.BrokenDefinitions.HERE;
import static org.iccindex.definition.BrokenDefinitions.assertError;
import static org.iccindex.definition.BrokenDefinitions.assertLocated;
import static org.iccindex.definition.BrokenDefinitions.assertOnlyError;
import static org.iccindex.definition.MiniEdition.FILE;
import static org.iccindex.definition.MiniEdition.lineOf;
import static org.iccindex.definition.MiniEdition.yamlWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One broken copy of the mini edition per kind of error found in a single key, option or question (see
 * {@link BrokenDefinitions} for how the expected line is marked).
 */
class DefinitionParserErrorsTests {
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

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-0.5"})
    void weightZeroOrNegative(String weight) {
        String yaml = yamlWith("    weight: 2\n", "    weight: " + weight + "  #<-\n");

        // the area then counts with weight 1, so expect.total_weight (5) does not match 4 either
        assertError(yaml, "areas[commitment].weight", "the weight of a scored area must be greater than 0");
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
    void aFactQuestionHasNoTheme() {
        String yaml =
                yamlWith("    fact: population\n", "    fact: population\n    theme: {en: size, fr: taille}  #<-\n");

        assertOnlyError(yaml, "questions[profile.population].theme", "only scored questions have a theme");
    }

    @Test
    void aThemeNeedsItsEnglishText() {
        String yaml = yamlWith(
                "    theme: {en: strategy and planning, fr: stratégie et planification}\n",
                "    theme: {fr: stratégie et planification}  #<-\n");

        assertError(yaml, "questions[commitment.strategy].theme", "the English text (en) is required");
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
