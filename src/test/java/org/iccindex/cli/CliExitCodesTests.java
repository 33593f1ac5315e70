package org.iccindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for every command (docs/cli.md): a usage error (an unknown command or option, a missing or malformed
 * option value) exits 2 before anything starts; a rejected input exits 1; both with a reason and no stack trace.
 * The rejected inputs of the commands that need the database are in {@link CliDatabaseIntegrationTests}.
 */
class CliExitCodesTests {
    private static final String RIVERMOUTH = "src/main/resources/demo/answers/rivermouth-2023.yaml";

    @TempDir
    Path dir;

    private static final List<List<String>> USAGE_ERRORS = List.of(
            List.of("nosuch"),
            List.of("--bogus"),
            List.of("definition"),
            List.of("definition", "nosuch"),
            List.of("definition", "validate"),
            List.of("definition", "validate", "a.yaml", "--bogus"),
            List.of("definition", "export"),
            List.of("definition", "export", "--edition", "icc-2019", "--format", "xml"),
            List.of("score", "--edition", "icc-2019"),
            List.of("score", "--edition", "icc-2019", "--answers", RIVERMOUTH, "--format", "xml"),
            List.of("import"),
            List.of("import", "results"),
            List.of("import", "results", "a.csv", "--bogus"),
            List.of("benchmark"),
            List.of("benchmark", "--city", "ansan", "--round", "soon"),
            List.of("benchmark", "--city", "ansan", "--snapshot", "yesterday"),
            List.of("benchmark", "--city", "ansan", "--format", "xml"),
            List.of("benchmark", "--city", "Ansan City"),
            List.of("report", "--city", "ansan", "--round", "2020", "--format", "html"),
            List.of("report", "--city", "ansan", "--round", "2020", "--format", "doc", "--out", "x.doc"),
            List.of(
                    "report",
                    "--city",
                    "ansan",
                    "--round",
                    "2020",
                    "--format",
                    "html",
                    "--out",
                    "x.html",
                    "--lang",
                    "de"),
            List.of("report", "--city", "Ansan City", "--round", "2020", "--format", "html", "--out", "x.html"),
            List.of("robustness"),
            List.of("robustness", "--snapshot", "2020-08-27", "--draws", "0"),
            List.of("robustness", "--snapshot", "2020-08-27", "--format", "xml"),
            List.of("whatif", "--city", "valmonte"),
            List.of("whatif", "--city", "valmonte", "--round", "2026", "--metric", "aggregate", "--target", "150"),
            List.of("whatif", "--city", "Val Monte", "--round", "2026", "--metric", "aggregate"),
            List.of("whatif", "--city", "valmonte", "--round", "2026", "--metric", "aggregate", "--format", "xml"));

    @Test
    void everyUsageErrorExits2WithAReason() {
        for (List<String> arguments : USAGE_ERRORS) {
            CliRunner run = CliRunner.run(arguments.toArray(String[]::new));
            String what = String.join(" ", arguments);
            assertThat(run.exitCode()).as(what + "\n" + run.err()).isEqualTo(2);
            assertThat(run.err())
                    .as(what)
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(run.out()).as(what).isEmpty();
        }
    }

    @Test
    void everyRejectedInputExits1WithAOneLineReasonPerProblem() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "edition: icc-2019\nanswers:\n  commitment.nothing: 3\n");
        Path notYaml = dir.resolve("definition.yaml");
        Files.writeString(notYaml, "edition: [unclosed\n");
        List<List<String>> rejected = List.of(
                List.of("definition", "validate", "no/such/file.yaml"),
                List.of("definition", "validate", notYaml.toString()),
                List.of("definition", "export", "--edition", "icc-1999"),
                List.of("score", "--edition", "icc-2019", "--answers", "no/such/answers.yaml"),
                List.of("score", "--edition", "icc-2019", "--answers", broken.toString()),
                List.of("score", "--edition", "icc-1999", "--answers", RIVERMOUTH),
                List.of("robustness", "--from", dir.resolve("no-such-folder").toString()));
        for (List<String> arguments : rejected) {
            CliRunner run = CliRunner.run(arguments.toArray(String[]::new));
            String what = String.join(" ", arguments);
            assertThat(run.exitCode()).as(what + "\n" + run.err()).isEqualTo(1);
            assertThat(run.err())
                    .as(what)
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }
}
