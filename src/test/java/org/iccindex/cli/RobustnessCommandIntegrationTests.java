package org.iccindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The robustness command on the demo data, its exported files read back, and its bad input. */
class RobustnessCommandIntegrationTests {
    @TempDir
    Path dir;

    /** An in-memory database of this test's own, with the demo data. */
    private List<String> database;

    @BeforeEach
    void useAFreshDatabase() {
        database = CliRunner.freshDemoDatabase();
    }

    @Test
    void intervalsAmongFictionalCitiesAndTheExportedFilesGiveTheSameIntervalsAgain() throws Exception {
        CliRunner run = CliRunner.run(
                database,
                "robustness",
                "--snapshot",
                "2023-12-31",
                "--draws",
                "2000",
                "--seed",
                "5",
                "--format",
                "json",
                "--export",
                dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.at("/method/draws").asInt()).isEqualTo(2000);
        assertThat(json.at("/method/prng").asString()).isEqualTo("java.util.SplittableRandom");
        assertThat(json.get("intervals").size()).isPositive();
        for (JsonNode i : json.get("intervals")) {
            assertThat(i.get("synthetic").asBoolean()).isTrue();
            assertThat(i.get("low").asInt()).isBetween(1, i.get("median").asInt());
            assertThat(i.get("high").asInt())
                    .isBetween(i.get("median").asInt(), i.get("outOf").asInt());
        }
        assertThat(json.get("leftOut").toString()).contains("\"city\":\"ansan\"");
        // the draws file holds 2000 variants of 17 weights and a flag
        assertThat(Files.size(dir.resolve("draws.f64"))).isEqualTo(2000L * 18 * 8);

        CliRunner again = CliRunner.run(database, "robustness", "--from", dir.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(Files.readString(dir.resolve("intervals.csv")));
        assertThat(again.err()).containsPattern("java: 2000 variants x \\d+ cities computed in [0-9.]+ s");
    }

    @Test
    void badInputIsNamed() {
        CliRunner draws = CliRunner.run(database, "robustness", "--snapshot", "2023-12-31", "--draws", "1000001");
        assertThat(draws.exitCode()).isEqualTo(2);
        assertThat(draws.err()).contains("--draws lies between 1 and 1000000, found 1000001");

        CliRunner date = CliRunner.run(database, "robustness", "--snapshot", "31/12/2023");
        assertThat(date.exitCode()).isEqualTo(2);

        CliRunner early = CliRunner.run(database, "robustness", "--snapshot", "1990-01-01");
        assertThat(early.exitCode()).isEqualTo(1);
        assertThat(early.err()).contains("no published result on or before 1990-01-01");
    }
}
