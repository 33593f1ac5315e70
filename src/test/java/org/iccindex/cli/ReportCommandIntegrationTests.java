package org.iccindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command against an in-memory H2 loaded with the demo data. */
class ReportCommandIntegrationTests {
    @TempDir
    Path dir;

    /** An in-memory database of this test's own, with the demo data. */
    private List<String> database;

    @BeforeEach
    void useAFreshDatabase() {
        database = CliRunner.freshDemoDatabase();
    }

    @Test
    void writesTheFrenchHtmlReportWithAProgressLinePerStage() throws Exception {
        Path out = dir.resolve("ansan-fr.html");
        CliRunner run = CliRunner.run(
                database,
                "report",
                "--city",
                "ansan",
                "--round",
                "2020",
                "--benchmark",
                "icc-2020-published",
                "--lang",
                "fr",
                "--format",
                "html",
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("reading the result of ansan for 2020")
                .contains("comparing with the sample as of 2020-08-27")
                .contains("drafting the text and the charts (fr)")
                .contains("rendering the HTML (16 charts)");
        assertThat(run.out())
                .contains("Ansan : analyse de l'Indice des cités interculturelles 2020")
                .contains("16 charts");
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">");
        // French spacing: no-break spaces inside guillemets, so that a line never starts with the sign
        assertThat(html)
                .contains(
                        "Le score d&#39;Ansan dans le domaine «\u00a0éducation\u00a0» est de 95, nettement supérieur");
        assertThat(html).contains("<style>").doesNotContain("href=\"/css/");
    }

    @Test
    void anUnknownBenchmarkOrRoundIsRefusedWithTheReason() {
        CliRunner run = CliRunner.run(
                database,
                "report",
                "--city",
                "ansan",
                "--round",
                "2020",
                "--benchmark",
                "icc-1999",
                "--format",
                "pdf",
                "--out",
                dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("unknown benchmark 'icc-1999': give a date (YYYY-MM-DD) or a published snapshot:"
                        + " icc-2020-published");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
