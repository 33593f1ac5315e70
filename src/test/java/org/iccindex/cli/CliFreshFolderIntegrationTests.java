package org.iccindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line's machine output parses on a first run in an empty folder, where the application migrates a new
 * database and loads the demo data first (and logs about it): logs go to standard error, JSON alone to standard
 * output. Runs the application in a process of its own, as {@code java -jar icc-index.jar ...} does.
 */
class CliFreshFolderIntegrationTests {

    @Test
    void benchmarkJsonOnAFreshFolderIsJsonAlone(@TempDir Path folder) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.iccindex.IccIndexApplication",
                        "benchmark",
                        "--city",
                        "ansan",
                        "--round",
                        "2020",
                        "--format",
                        "json"))
                .directory(folder.toFile())
                .redirectOutput(folder.resolve("out.json").toFile())
                .redirectError(folder.resolve("err.log").toFile())
                .start();
        assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("finished").isTrue();
        String err = Files.readString(folder.resolve("err.log"), StandardCharsets.ISO_8859_1);
        assertThat(process.exitValue()).as(err).isZero();

        String out = Files.readString(folder.resolve("out.json"), StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(out);
        assertThat(json.path("city").isMissingNode()).as(out).isFalse();
        assertThat(out.strip()).startsWith("{").endsWith("}");
        assertThat(out).doesNotContain(" WARN ").doesNotContain(" INFO ");
        assertThat(err).as("the first run logged about the new database").contains("WARN");
    }
}
