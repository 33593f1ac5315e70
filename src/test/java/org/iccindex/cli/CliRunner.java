package org.iccindex.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.iccindex.IccIndexApplication;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {
    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(IccIndexApplication.class, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }
}
