package org.iccindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands that need no database: validate, export, score; exit codes and one-line reasons. */
class CliTests {
    private static final String RIVERMOUTH = "src/main/resources/demo/answers/rivermouth-2023.yaml";

    @TempDir
    Path dir;

    @Test
    void aValidDefinitionIsReportedValidWithItsCounts() {
        CliRunner run = CliRunner.run("definition", "validate", "src/main/resources/definitions/icc-2019.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("icc-2019.yaml: valid: edition icc-2019, 12 indicators, 17 scored areas,"
                        + " 86 scored questions (73 mandatory), 0 warnings");
    }

    @Test
    void anInvalidDefinitionIsRejectedWithFileLineAndKey() throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/definitions/icc-2019.yaml"))
                .replaceFirst("area: commitment", "area: comitment");
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, yaml);
        int line = lineOf(yaml, "area: comitment");
        CliRunner run = CliRunner.run("definition", "validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern(
                        "broken\\.yaml:" + line + ": questions\\[[a-z_.]+\\]\\.area: unknown area 'comitment'");
        assertThat(run.err()).contains("broken.yaml: rejected:");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileGivesAOneLineReason() {
        CliRunner run = CliRunner.run("definition", "validate", "no/such/file.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: no such file: no/such/file.yaml");
    }

    @Test
    void theExportCarriesWhatIsNeededToRecomputeAScore() {
        CliRunner run = CliRunner.run("definition", "export", "--edition", "icc-2019", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("edition").asString()).isEqualTo("icc-2019");
        JsonNode question = root.get("questions").get(10);
        assertThat(question.has("area")).isTrue();
        assertThat(question.has("type")).isTrue();
        assertThat(question.has("mandatory")).isTrue();
        assertThat(question.has("kind")).isTrue();
        assertThat(question.has("notApplicable")).isTrue();
        assertThat(question.has("maxPoints")).isTrue();
        int sumOfMaxima = 0;
        for (JsonNode q : root.get("questions")) {
            if (q.get("area").asString().equals("commitment")) {
                sumOfMaxima += q.get("maxPoints").asInt();
            }
        }
        JsonNode commitment = null;
        for (JsonNode area : root.get("areas")) {
            if (area.get("code").asString().equals("commitment")) {
                commitment = area;
            }
        }
        assertThat(commitment.get("weight").asInt()).isEqualTo(1);
        assertThat(commitment.get("inLens").asBoolean()).isFalse();
        assertThat(commitment.get("maxPoints").asInt()).isEqualTo(sumOfMaxima);
    }

    @Test
    void anUnknownEditionIsAOneLineError() {
        CliRunner run = CliRunner.run("definition", "export", "--edition", "icc-1999");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: unknown edition 'icc-1999' (known: icc-2011, icc-2019)");
    }

    @Test
    void scoringRivermouthPrintsItsAreasLensAndAggregate() {
        CliRunner run = CliRunner.run("score", "--edition", "icc-2019", "--answers", RIVERMOUTH);
        assertThat(run.exitCode()).isZero();
        // commitment: strategy 4 + plan 4 + budget 2 + unit 3 + consultation 5 + visibility 4 of 7 = 22 of 24 points
        // = 91.67 -> 92; the aggregate of the 17 areas shows 82
        assertThat(run.out()).containsPattern("Commitment\\s+22/24\\s+92");
        assertThat(run.out()).containsPattern("Aggregate index\\s+82");
        assertThat(run.out()).contains("Mandatory questions unanswered: none");
    }

    @Test
    void scoringAsCsvAndJsonGivesTheSameFigures() {
        CliRunner csv = CliRunner.run("score", "--edition", "icc-2019", "--answers", RIVERMOUTH, "--format", "csv");
        assertThat(csv.out())
                .startsWith("metric,earned,max,score,shown")
                .contains("commitment,22,24,91.66666666666667,92");
        CliRunner json = CliRunner.run("score", "--edition", "icc-2019", "--answers", RIVERMOUTH, "--format", "json");
        JsonNode root = JsonMapper.builder().build().readTree(json.out());
        assertThat(root.get("areas").get(0).get("shown").asInt()).isEqualTo(92);
        assertThat(root.get("method").asString()).isEqualTo("points-ratio/1");
        // one naming convention for the product's JSON, as in /api/v1: camelCase keys
        assertThat(root.propertyNames()).contains("notAnswered", "missingMandatory");
        assertThat(json.out()).doesNotContainPattern("\"[a-z]+_[a-z_]+\"\\s*:");
    }

    @Test
    void anAnswersFileWithErrorsIsRejectedWithLineAndQuestion() throws IOException {
        Path file = dir.resolve("answers.yaml");
        Files.writeString(
                file, "edition: icc-2019\nanswers:\n  commitment.strategy: maybe\n  profile.foreign_born: 120\n");
        CliRunner run = CliRunner.run("score", "--edition", "icc-2019", "--answers", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("answers.yaml:3: answers.commitment.strategy: unknown option 'maybe'");
        assertThat(run.err())
                .contains("answers.yaml:4: answers.profile.foreign_born: a percentage lies between 0 and 100");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {
            {"--help"},
            {"definition", "validate", "--help"},
            {"definition", "export", "--help"},
            {"score", "--help"},
            {"import", "results", "--help"},
            {"benchmark", "--help"}
        }) {
            CliRunner run = CliRunner.run(command);
            assertThat(run.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(run.out()).contains("Usage:");
        }
    }

    @Test
    void aMisspelledOptionIsAUsageError() {
        CliRunner run = CliRunner.run("score", "--edition", "icc-2019", "--answers", RIVERMOUTH, "--formt", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--formt', 'json'");
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    @Test
    void anUnknownReportLanguageIsAUsageErrorWithExitCode2() {
        CliRunner run = CliRunner.run(
                "report", "--city", "ansan", "--round", "2020", "--lang", "de", "--format", "html", "--out", "x.html");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang").contains("en, fr");
    }
}
