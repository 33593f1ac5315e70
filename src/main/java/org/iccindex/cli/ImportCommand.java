package org.iccindex.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iccindex.result.ImportRejectedException;
import org.iccindex.result.ImportReport;
import org.iccindex.result.ResultImporter;
import org.iccindex.result.TableProblem;
import org.iccindex.shared.Counted;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import data into the configured database.",
        subcommands = {ImportCommand.Results.class})
class ImportCommand {

    @Command(
            name = "results",
            mixinStandardHelpOptions = true,
            description = {
                "Import published results from a CSV or XLSX file (layout: docs/results-import.md).",
                "The file is checked whole: one problem rejects it and nothing is imported;"
                        + " every problem is listed with its row and column.",
                "Exit code 0 when imported, 1 when rejected."
            })
    static class Results implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a .csv or .xlsx file")
        Path file;

        @Override
        public Integer call() {
            byte[] content = CommandFiles.bytes(file);
            try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
                ImportReport report = context.getBean(ResultImporter.class)
                        .importResults(file.getFileName().toString(), content, "command line");
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%s: imported %s, %s, %s, %s unchanged (batch %d)%n",
                                report.fileName(),
                                Counted.of(report.results(), "result", "results"),
                                Counted.of(report.citiesCreated(), "new city", "new cities"),
                                Counted.of(report.corrected(), "correction", "corrections"),
                                Counted.of(report.unchanged(), "row", "rows"),
                                report.batchId());
                return 0;
            } catch (ImportRejectedException e) {
                var err = spec.commandLine().getErr();
                e.problems().stream().map(TableProblem::toString).forEach(err::println);
                err.printf(
                        "%s: rejected: %s, nothing imported%n",
                        file.getFileName(), Counted.of(e.problems().size(), "problem", "problems"));
                return 1;
            }
        }
    }
}
