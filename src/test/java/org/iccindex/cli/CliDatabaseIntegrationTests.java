package org.iccindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that use the configured database: here an in-memory H2 loaded with the demo data on first use. */
class CliDatabaseIntegrationTests {
    @TempDir
    Path dir;

    /** An in-memory database of this test's own, with the demo data. */
    private List<String> database;

    @BeforeEach
    void useAFreshDatabase() {
        database = CliRunner.freshDemoDatabase();
    }

    @Test
    void benchmarkSetsARealCityAgainstTheAveragesItsReportPublishedByDefault() {
        CliRunner run = CliRunner.run(database, "benchmark", "--city", "ansan", "--round", "2020");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Benchmark: the sample averages published on 27 August 2020 (icc-2020-published, 140 cities)."
                        + " The report gives no ranks and no group means, so none are shown.");
        assertThat(run.out()).containsPattern("Commitment\\s+58\\s+69\\s+-11");
        assertThat(run.out()).containsPattern("Intercultural lens\\s+86\\s+61\\s+\\+25");
        // no published figure on one side or the other: no comparison
        assertThat(run.out()).containsPattern("Anti-discrimination\\s+not published\\s+not published\\s+no comparison");
        assertThat(run.out()).containsPattern("Aggregate index\\s+80\\s+not published\\s+no comparison");
        assertThat(run.out())
                .contains("Not published: Anti-discrimination (no published average), ")
                .contains("Aggregate index (no published average).")
                .contains("Computed from the answers reconstructed from the published report: Anti-discrimination 87");
        assertThat(run.out())
                .doesNotContain("Rank statements")
                .doesNotContainPattern("\\d+/\\d+")
                .doesNotContain("FICTIONAL")
                .doesNotContain("Sample as of")
                .doesNotContain("Brekkesund");
        CliRunner json = CliRunner.run(database, "benchmark", "--city", "ansan", "--format", "json");
        assertThat(json.out())
                .containsPattern("\"benchmark\"\\s*:\\s*\"published\"")
                .containsPattern("\"answersBasis\"\\s*:\\s*\"RECONSTRUCTED\"")
                .doesNotContain("\"rank\"");
        CliRunner none = CliRunner.run(database, "benchmark", "--city", "valmonte", "--benchmark", "published");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("--benchmark published: no published benchmark for Valmonte 2023");
    }

    @Test
    void benchmarkShowsAnsanAgainstThe2020SampleWithItsPublishedLensAndAggregate() {
        CliRunner run =
                CliRunner.run(database, "benchmark", "--city", "ansan", "--round", "2020", "--benchmark", "sample");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sample as of 2020-08-27: 140 cities");
        assertThat(run.out())
                .contains("Compared with the demo sample as asked: every mean below is against fictional cities")
                .contains("A mean (incl. fictional)");
        assertThat(run.out()).containsPattern("Aggregate index\\s+80\\s");
        assertThat(run.out()).containsPattern("Intercultural lens\\s+86\\s");
        // ranked among real cities only: no fictional city named, the metric and the group in words
        assertThat(run.out())
                .containsPattern("Its aggregate index ranks \\d+(st|nd|rd|th) of the \\d+ real cities in the sample")
                .doesNotContain("Brekkesund")
                .doesNotContain("Eunpo");
        assertThat(run.out())
                .contains("Intercultural lens: published 86; recomputed from 6 of 6 areas: 85.83 (shown 86)");
        assertThat(run.out())
                .contains("Aggregate index: published 80; recomputed from 16 of 17 areas: 79.50 (shown 80)");
    }

    @Test
    void benchmarkAsCsvGivesTheSameComparisonAsTheTable() {
        CliRunner published = CliRunner.run(database, "benchmark", "--city", "ansan", "--format", "csv");
        assertThat(published.exitCode()).as(published.err()).isZero();
        // against the averages its report published: 58 against 69, no group, no rank
        assertThat(published.out())
                .startsWith("metric,compared_with,cities,city,mean,difference,rank,ranked,fictional_in_mean\n")
                .containsPattern("\ncommitment,published averages icc-2020-published,140,58\\.0,69\\.0,-11,,,0\n")
                .containsPattern("\naggregate,published averages icc-2020-published,140,80\\.0,,,,,0\n")
                .doesNotContain("whole sample");
        CliRunner sample = CliRunner.run(database, "benchmark", "--city", "valmonte", "--format", "csv");
        assertThat(sample.exitCode()).as(sample.err()).isZero();
        // a fictional city: each metric against the whole sample and its bands, ranked among fictional cities
        assertThat(sample.out())
                .containsPattern("\naggregate,the whole sample,\\d+,[\\d.]+,[\\d.]+,-?\\d+,\\d+,\\d+,0\n")
                .doesNotContain("published averages");
    }

    @Test
    void benchmarkAgainstThePublishedSnapshotShowsTheReportsAverages() {
        CliRunner run = CliRunner.run(database, "benchmark", "--city", "ansan", "--against", "icc-2020-published");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Public services\\s+94\\s+44\\s+\\+50");
        assertThat(run.out()).containsPattern("Commitment\\s+58\\s+69\\s+-11");
    }

    @Test
    void aPublishedResultWhoseAggregateDiffersFromItsAreasShowsBoth() {
        // Guro-gu: the press gives 87 over 17 areas but only the seven areas at 100
        CliRunner run = CliRunner.run(database, "benchmark", "--city", "guro-gu");
        assertThat(run.out())
                .contains("Aggregate index: published 87; recomputed from 7 of 17 areas: 100.00 (shown 100)"
                        + " - DIFFERS from the published figure");
    }

    @Test
    void anUnknownCityIsAOneLineError() {
        CliRunner run = CliRunner.run(database, "benchmark", "--city", "atlantis");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: no result for city 'atlantis'");
    }

    /** With {@link CliExitCodesTests}: every command that uses the database exits 1 on an input it rejects. */
    @Test
    void everyRejectedInputOfTheDatabaseCommandsExits1WithOneLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "city,country,edition,round\nNowhereville,France,icc-2019,soon\n");
        String[][] rejected = {
            {"benchmark", "--city", "atlantis"},
            {"benchmark", "--city", "ansan", "--against", "no-such-snapshot"},
            {"report", "--city", "atlantis", "--round", "2020", "--format", "html", "--out", dir + "/r.html"},
            {"whatif", "--city", "atlantis", "--round", "2026", "--metric", "aggregate"},
            {"robustness", "--snapshot", "1900-01-01"},
            {"import", "results", bad.toString()}
        };
        for (String[] arguments : rejected) {
            CliRunner run = CliRunner.run(arguments);
            String what = String.join(" ", arguments);
            assertThat(run.exitCode()).as(what + "\n" + run.err()).isEqualTo(1);
            assertThat(run.err())
                    .as(what)
                    .containsAnyOf("error: ", "rejected: ")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void importingAFileAddsItsResultsAndABadFileAddsNothing() throws IOException {
        Path good = dir.resolve("good.csv");
        Files.writeString(
                good,
                "city,country,edition,round,published_on,commitment,source\n"
                        + "Nowhereville,France,icc-2019,2024,2024-06-01,64,https://example.org\n");
        CliRunner imported = CliRunner.run(database, "import", "results", good.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("good.csv: imported 1 result, 1 new city");
        assertThat(CliRunner.run(database, "benchmark", "--city", "nowhereville")
                        .out())
                .contains("Nowhereville (nowhereville), France");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                "city,country,edition,round,published_on,commitment,source\n"
                        + "Elsewhere,France,icc-2019,2024,2024-06-01,164,https://example.org\n");
        CliRunner rejected = CliRunner.run(database, "import", "results", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err())
                .contains("bad.csv: row 2, column 6 (commitment): 164 is outside 0-100")
                .contains("bad.csv: rejected: 1 problem, nothing imported");
        assertThat(CliRunner.run(database, "benchmark", "--city", "elsewhere").err())
                .contains("no result for city 'elsewhere'");
    }
}
