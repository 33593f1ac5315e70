package org.iccindex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.iccindex.city.CitySlug;
import org.iccindex.report.CityReport;
import org.iccindex.report.ReportProgress;
import org.iccindex.report.ReportRequest;
import org.iccindex.report.Reports;
import org.iccindex.result.RoundChoice;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write a city's index analysis report for one round, as HTML or as a tagged PDF with embedded fonts.",
            "Analysts' edits saved in the database are included. A progress line per stage goes to the error stream."
        })
class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--city", required = true, description = "the city's slug, e.g. ansan")
    String city;

    @Option(names = "--round", required = true, description = "the year of the round, e.g. 2020")
    int round;

    @Option(
            names = "--edition",
            description = "the edition of the round, e.g. icc-2019 (needed only when two editions have a result"
                    + " for the city that year)")
    Optional<String> edition;

    @Option(
            names = "--benchmark",
            paramLabel = "SNAPSHOT",
            description = {
                "what to compare with: a published snapshot (e.g. icc-2020-published) or a sample date YYYY-MM-DD"
                        + " (default: a real city's round is set against the averages its own published report"
                        + " quoted, where it has them; any other round against the sample held in the database on the"
                        + " day the round was published)"
            })
    Optional<String> benchmark;

    // an enum, so that picocli refuses any other language as a usage error (exit code 2) before anything starts
    @Option(names = "--lang", defaultValue = "en", description = "en or fr (default: ${DEFAULT-VALUE})")
    Language lang;

    enum Language {
        en,
        fr
    }

    @Option(names = "--format", required = true, description = "html or pdf")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    enum Format {
        html,
        pdf
    }

    @Override
    public Integer call() {
        if (!CitySlug.isValid(city)) {
            // a malformed option value is a usage error (exit 2), as picocli's own
            throw new ParameterException(
                    spec.commandLine(), "'" + city + "' is not a city slug (lower-case, e.g. ansan)");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + out + ": no such directory " + parent);
        }
        ReportRequest request = new ReportRequest(
                new CitySlug(city),
                round,
                RoundChoice.of(round, edition.orElse("")).edition(),
                benchmark,
                Locale.forLanguageTag(lang.name()));
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        ReportProgress progress = stage -> {
            err.printf(Locale.ROOT, "[%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, stage);
            err.flush();
        };
        progress.stage("starting (database and editions)");
        try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
            Reports reports = context.getBean(Reports.class);
            CityReport report = reports.build(request, progress);
            byte[] bytes;
            if (format == Format.pdf) {
                progress.stage("rendering the PDF (" + report.charts().size() + " charts)");
                bytes = reports.pdf(report);
            } else {
                progress.stage("rendering the HTML (" + report.charts().size() + " charts)");
                bytes = reports.html(report).getBytes(StandardCharsets.UTF_8);
            }
            progress.stage("writing " + out);
            try {
                Files.write(out, bytes);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + out + ": " + e.getMessage());
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "%s: %s, %d sections, %d charts, %,d bytes%n",
                            out,
                            report.title(),
                            report.toc().size(),
                            report.charts().size(),
                            bytes.length);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
