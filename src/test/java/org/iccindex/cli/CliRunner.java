package org.iccindex.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import org.iccindex.IccIndexApplication;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {
    static CliRunner run(String... args) {
        return run(List.of(), args);
    }

    static CliRunner run(List<String> settings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(
                        IccIndexApplication.class, settings, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    /**
     * Settings for a run against an in-memory H2 database of its own, loaded with the demo data on first use: passed
     * to the application as arguments, never as JVM-wide system properties.
     */
    static List<String> freshDemoDatabase() {
        return List.of(
                "--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--icc.demo.enabled=true");
    }
}
