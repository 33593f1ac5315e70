package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iccindex.definition.MiniEdition.lineOf;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.iccindex.definition.QuestionCode;
import org.iccindex.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers files (docs/answers-format.md) read against the mini edition; errors name the file, line and key. */
class AnswersReaderTests {
    private static final Definition MINI = MiniEdition.definition();
    private static final String HERE = "#<-";

    private static final String RIVERMOUTH = """
            edition: mini-2024
            city: rivermouth
            round: 2023
            answers:
              profile.population: 320000
              profile.foreign-born: 14.2
              commitment.statement: yes
              commitment.strategy: adopted
              commitment.consultation: [residents, ngos]
              education.mixing: 55
              education.budget:
                notApplicable: The schools have no budget of their own.
              education.notes: "Free text"
              public_space.design: no
              participation.candidacy: false
            """;

    private static Map<QuestionCode, Answer> expectedRivermouth() {
        Map<QuestionCode, Answer> expected = new LinkedHashMap<>();
        expected.put(new QuestionCode("profile.population"), new Answer.Numeric(new BigDecimal("320000")));
        expected.put(new QuestionCode("profile.foreign-born"), new Answer.Numeric(new BigDecimal("14.2")));
        expected.put(new QuestionCode("commitment.statement"), new Answer.YesNo(true));
        expected.put(new QuestionCode("commitment.strategy"), new Answer.Choice("adopted"));
        expected.put(new QuestionCode("commitment.consultation"), new Answer.Choices(Set.of("residents", "ngos")));
        expected.put(new QuestionCode("education.mixing"), new Answer.Numeric(new BigDecimal("55")));
        expected.put(
                new QuestionCode("education.budget"),
                new Answer.NotApplicable("The schools have no budget of their own."));
        expected.put(new QuestionCode("education.notes"), new Answer.Text("Free text"));
        expected.put(new QuestionCode("public_space.design"), new Answer.YesNo(false));
        expected.put(new QuestionCode("participation.candidacy"), new Answer.YesNo(false));
        return expected;
    }

    private static List<Problem> errorsOf(String file, String text) {
        AnswersFile read = AnswersReader.read(file, text, MINI);
        assertThat(read.isValid()).as("%s", read.problems()).isFalse();
        assertThat(read.answers()).isEmpty();
        return read.errors();
    }

    /** {@code answers} under a valid header, and the one error it causes, on the line marked {@value #HERE}. */
    private static void assertOnlyError(String answers, String key, String gist) {
        String text = "edition: mini-2024\nanswers:\n" + answers;
        int line = lineOf(text, HERE);
        assertThat(errorsOf("answers.yaml", text)).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.key()).isEqualTo(key);
            assertThat(error.message()).contains(gist);
            assertThat(error.toString()).startsWith("answers.yaml:" + line + ": " + key + ": ");
        });
    }

    @Test
    void readsEveryAnswerTypeFromYaml() {
        AnswersFile read = AnswersReader.read("rivermouth.yaml", RIVERMOUTH, MINI);

        assertThat(read.problems()).isEmpty();
        assertThat(read.isValid()).isTrue();
        assertThat(read.city()).contains("rivermouth");
        assertThat(read.round()).contains(2023);
        assertThat(read.answers().orElseThrow().edition()).isEqualTo(MINI.edition());
        assertThat(read.answers().orElseThrow().answers()).isEqualTo(expectedRivermouth());
    }

    @Test
    void readsTheSameAnswersFromJson() {
        String json = """
                {
                \t"edition": "mini-2024",
                \t"city": "rivermouth",
                \t"round": 2023,
                \t"answers": {
                \t\t"profile.population": 320000,
                \t\t"profile.foreign-born": 14.2,
                \t\t"commitment.statement": true,
                \t\t"commitment.strategy": "adopted",
                \t\t"commitment.consultation": ["residents", "ngos"],
                \t\t"education.mixing": 55,
                \t\t"education.budget": {"not_applicable": "The schools have no budget of their own."},
                \t\t"education.notes": "Free text",
                \t\t"public_space.design": "no",
                \t\t"participation.candidacy": false
                \t}
                }
                """;

        // tab-indented, as editors often write JSON
        AnswersFile read = AnswersReader.read("rivermouth.json", json, MINI);

        assertThat(read.problems()).isEmpty();
        assertThat(read.city()).contains("rivermouth");
        assertThat(read.answers().orElseThrow().answers()).isEqualTo(expectedRivermouth());
    }

    @Test
    void aJsonErrorNamesItsLine() {
        String json = """
                {
                  "edition": "mini-2024",
                  "answers": {
                    "commitment.strategy": "adopted",
                    "education.mixing": 120
                  }
                }
                """;

        // "education.mixing" is on line 5
        assertThat(errorsOf("rivermouth.json", json))
                .singleElement()
                .hasToString("rivermouth.json:5: answers.education.mixing: a percentage lies between 0 and 100,"
                        + " found 120");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "true", "false", "Yes", "\"yes\""})
    void yesNoAcceptsYesNoTrueAndFalse(String value) {
        AnswersFile read = AnswersReader.read("a.yaml", "answers:\n  commitment.statement: " + value + "\n", MINI);

        boolean yes = value.toLowerCase(java.util.Locale.ROOT).contains("yes") || value.equals("true");
        assertThat(read.answers().orElseThrow().answers())
                .containsEntry(new QuestionCode("commitment.statement"), new Answer.YesNo(yes));
    }

    @Test
    void aSingleCodeStandsForAOneItemListAndAnEmptyListForNone() {
        AnswersFile read = AnswersReader.read("a.yaml", "answers:\n  commitment.consultation: ngos\n", MINI);
        AnswersFile none = AnswersReader.read("a.yaml", "answers:\n  commitment.consultation: []\n", MINI);

        assertThat(read.answers().orElseThrow().answers())
                .containsEntry(new QuestionCode("commitment.consultation"), new Answer.Choices(Set.of("ngos")));
        assertThat(none.answers().orElseThrow().answers())
                .containsEntry(new QuestionCode("commitment.consultation"), new Answer.Choices(Set.of()));
    }

    @Test
    void unknownQuestion() {
        assertOnlyError(
                "  commitment.strategie: adopted  #<-\n",
                "answers.commitment.strategie",
                "unknown question 'commitment.strategie' in edition mini-2024");
    }

    @Test
    void unknownOption() {
        assertOnlyError(
                "  commitment.strategy: final  #<-\n",
                "answers.commitment.strategy",
                "unknown option 'final' (options: none, draft, adopted)");
        assertOnlyError(
                "  commitment.consultation: [residents, cats]  #<-\n",
                "answers.commitment.consultation",
                "unknown option 'cats' (options: residents, ngos, migrants)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"120", "100.01", "-5"})
    void percentageOutsideZeroToHundred(String value) {
        assertOnlyError(
                "  education.mixing: " + value + "  #<-\n",
                "answers.education.mixing",
                "a percentage lies between 0 and 100, found " + value);
    }

    @Test
    void notApplicableOnAQuestionThatDoesNotAllowIt() {
        // reported on the question's line, not on the justification's
        assertOnlyError(
                "  commitment.strategy:  #<-\n    notApplicable: We have none.\n",
                "answers.commitment.strategy",
                "this question does not allow \"not applicable\"");
    }

    @Test
    void notApplicableWithoutJustification() {
        assertOnlyError(
                "  participation.candidacy:\n    notApplicable:  #<-\n",
                "answers.participation.candidacy.notApplicable",
                "\"not applicable\" needs a justification");
        assertOnlyError(
                "  participation.candidacy:\n    notApplicable: \"  \"  #<-\n",
                "answers.participation.candidacy.notApplicable",
                "\"not applicable\" needs a justification");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "commitment.statement | maybe | expected true or false, found 'maybe'",
                "commitment.statement | 3 | expected true or false, found '3'",
                "education.mixing | lots | expected a number, found 'lots'",
                "education.budget | '12,000' | expected a number, found '12,000'",
                "commitment.strategy | [draft, adopted] | expected a single value",
                "education.notes | [a, b] | expected a single value",
            })
    void aValueOfTheWrongType(String question, String value, String gist) {
        assertOnlyError("  " + question + ": " + value + "  #<-\n", "answers." + question, gist);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "commitment.statement",
                "commitment.strategy",
                "commitment.consultation",
                "education.mixing",
                "education.notes"
            })
    void aBlankValueIsNoAnswer(String question) {
        // leave the question out to leave it unanswered; [] is the answer "none of them"
        assertOnlyError("  " + question + ":  #<-\n", "answers." + question, "no answer given");
    }

    @Test
    void anotherEdition() {
        String text = "edition: icc-2019  #<-\nanswers:\n  commitment.strategy: adopted\n";

        assertThat(errorsOf("a.yaml", text))
                .singleElement()
                .hasToString("a.yaml:1: edition: the file answers edition 'icc-2019' but is scored with 'mini-2024'");
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        String text = """
                edition: mini-2024
                answers:
                  commitment.strategy: final
                  education.mixing: 120
                  commitment.nothing: yes
                """;

        assertThat(errorsOf("a.yaml", text))
                .extracting(Problem::line, Problem::key)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(3, "answers.commitment.strategy"),
                        org.assertj.core.api.Assertions.tuple(4, "answers.education.mixing"),
                        org.assertj.core.api.Assertions.tuple(5, "answers.commitment.nothing"));
    }

    @Test
    void theAnswersKeyIsRequiredAndJunkIsRejected() {
        assertThat(errorsOf("a.yaml", "edition: mini-2024\n"))
                .singleElement()
                .hasToString("a.yaml:1: answers: missing (required)");
        assertThat(errorsOf("a.yaml", "- a\n- b\n"))
                .singleElement()
                .hasToString("a.yaml:1: an answers file is a mapping with the keys edition, city, round, answers");
        assertThat(errorsOf("a.yaml", "")).singleElement().hasToString("a.yaml:1: the file is empty");
        assertThat(errorsOf("a.json", "{\"answers\": {"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
    }

    @Test
    void theObjectFormCarriesAValueAndAnEvidenceNoteWhichDoNotScore() {
        String yaml = """
                edition: mini-2024
                answers:
                  commitment.statement: {value: yes, note: "Adopted by the council, 12 March 2021"}
                  commitment.consultation:
                    value: [residents, ngos]
                    note: |
                      Two hearings a year
                      with 14 associations
                  education.budget:
                    not_applicable: The schools have no budget of their own.
                    note: "School law, section 4\\a"
                  education.mixing: 55
                """;
        String json = "{\"edition\": \"mini-2024\", \"answers\": {"
                + "\"commitment.statement\": {\"value\": true, \"note\": \"Adopted by the council, 12 March 2021\"},"
                + "\"commitment.consultation\": {\"value\": [\"residents\", \"ngos\"],"
                + " \"note\": \"Two hearings a year\\nwith 14 associations\"},"
                + "\"education.budget\": {\"notApplicable\": \"The schools have no budget of their own.\","
                + " \"note\": \"School law, section 4\"},"
                + "\"education.mixing\": 55}}";
        for (String text : List.of(yaml, json)) {
            AnswersFile read = AnswersReader.read("notes", text, MINI);

            assertThat(read.problems()).isEmpty();
            Map<QuestionCode, Answer> answers = read.answers().orElseThrow().answers();
            assertThat(answers)
                    .containsEntry(new QuestionCode("commitment.statement"), new Answer.YesNo(true))
                    .containsEntry(
                            new QuestionCode("commitment.consultation"),
                            new Answer.Choices(Set.of("residents", "ngos")))
                    .containsEntry(
                            new QuestionCode("education.budget"),
                            new Answer.NotApplicable("The schools have no budget of their own."));
            assertThat(read.notes())
                    .containsExactly(
                            Map.entry(
                                    new QuestionCode("commitment.statement"), "Adopted by the council, 12 March 2021"),
                            Map.entry(
                                    new QuestionCode("commitment.consultation"),
                                    "Two hearings a year\nwith 14 associations"),
                            Map.entry(new QuestionCode("education.budget"), "School law, section 4"));
            // the same answers without notes: the same answer set, so the same score
            String plain = "edition: mini-2024\nanswers:\n  commitment.statement: yes\n"
                    + "  commitment.consultation: [residents, ngos]\n"
                    + "  education.budget: {notApplicable: The schools have no budget of their own.}\n"
                    + "  education.mixing: 55\n";
            assertThat(read.answers())
                    .isEqualTo(AnswersReader.read("plain.yaml", plain, MINI).answers());
        }
    }

    @Test
    void anUnknownKeyInTheObjectFormIsAnErrorWithItsQuestionAndLine() {
        assertOnlyError(
                "  commitment.strategy:\n    value: adopted\n    notes: typo  #<-\n",
                "answers.commitment.strategy.notes",
                "unknown key (allowed: note, value)");
        assertOnlyError(
                "  education.budget:\n    notApplicable: None.\n    reason: typo  #<-\n",
                "answers.education.budget.reason",
                "unknown key (allowed: notApplicable, note)");
        assertOnlyError(
                "  education.budget:\n    notApplicable: None.\n    not_applicable: None.  #<-\n",
                "answers.education.budget.not_applicable",
                "give 'notApplicable:' once (not_applicable is its older name)");
        assertOnlyError(
                "  commitment.strategy: {note: a note without an answer}  #<-\n",
                "answers.commitment.strategy",
                "has 'value:' (or 'notApplicable:')");
        assertOnlyError(
                "  commitment.strategy: {value: final, note: ok}  #<-\n",
                "answers.commitment.strategy",
                "unknown option 'final'");
    }

    @Test
    void aNoteOutsideTheTextBoundsIsAnErrorWithItsLine() {
        String tooLong = "x".repeat(org.iccindex.definition.AnswerBounds.MAX_TEXT + 1);
        assertOnlyError(
                "  commitment.statement:\n    value: yes\n    note: " + tooLong + "  #<-\n",
                "answers.commitment.statement.note",
                "evidence note: the text has 20001 characters, at most 20000 are accepted");
        assertOnlyError(
                "  commitment.statement:\n    value: yes\n    note: [a, list]  #<-\n",
                "answers.commitment.statement.note",
                "an evidence note is a text");
    }
}
