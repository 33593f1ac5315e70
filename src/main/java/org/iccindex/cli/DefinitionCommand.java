package org.iccindex.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.iccindex.definition.Definition;
import org.iccindex.definition.DefinitionExport;
import org.iccindex.definition.DefinitionParser;
import org.iccindex.definition.DefinitionResult;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.shared.Counted;
import org.iccindex.shared.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "definition",
        mixinStandardHelpOptions = true,
        description = "Validate a definition file, or export an edition's definition.",
        subcommands = {DefinitionCommand.Validate.class, DefinitionCommand.Export.class})
class DefinitionCommand {

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = {
                "Check a definition file: every problem is listed with file, line and key.",
                "Exit code 0 when valid (warnings allowed), 1 when rejected."
            })
    static class Validate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the definition (YAML)")
        Path file;

        @Override
        public Integer call() {
            DefinitionResult result = DefinitionParser.parse(file.getFileName().toString(), CommandFiles.text(file));
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            for (Problem problem : result.problems()) {
                (problem.isError() ? err : out).println(problem);
            }
            if (result instanceof DefinitionResult.Valid valid) {
                Definition d = valid.definition();
                long scored = d.scoredQuestions().size();
                long mandatory =
                        d.scoredQuestions().stream().filter(q -> q.mandatory()).count();
                out.printf(
                        "%s: valid: edition %s, %d indicators, %d scored areas, %d scored questions (%d mandatory), %s%n",
                        file.getFileName(),
                        d.edition(),
                        d.indicators().size(),
                        d.scoredAreas().size(),
                        scored,
                        mandatory,
                        Counted.of(result.warnings().size(), "warning", "warnings"));
                return 0;
            }
            err.printf(
                    "%s: rejected: %s%n",
                    file.getFileName(), Counted.of(result.errors().size(), "error", "errors"));
            return 1;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Export an edition's definition with everything needed to recompute scores:"
                        + " per question its area, type, kind, mandatory flag, not-applicable rule, options or thresholds"
                        + " with their points and its maximum; per area its weight and whether it is in the lens."
            })
    static class Export implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--edition", required = true, description = "edition id, e.g. icc-2019")
        String edition;

        @Option(names = "--format", defaultValue = "yaml", description = "json or yaml (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--out", description = "write to this file instead of the standard output")
        Optional<Path> out;

        enum Format {
            json,
            yaml
        }

        @Override
        public Integer call() {
            EditionCatalog catalog = EditionCatalog.loadFromClasspath();
            Definition definition = catalog.find(edition)
                    .orElseThrow(() -> new IllegalArgumentException("unknown edition '" + edition + "' (known: "
                            + String.join(
                                    ", ",
                                    catalog.all().stream()
                                            .map(d -> d.edition().value())
                                            .toList()) + ")"));
            var map = DefinitionExport.toMap(definition);
            String text = format == Format.json ? Output.json(map) : Output.yaml(map);
            if (out.isPresent()) {
                CommandFiles.write(out.get(), text);
                spec.commandLine().getErr().println("wrote " + out.get());
            } else {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
