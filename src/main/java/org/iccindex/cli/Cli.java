package org.iccindex.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** Entry point of the command line: decides whether the arguments name a command, and runs it. */
public final class Cli {
    private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Cli() {}

    /** A first argument that is not an option (or is --help / --version) names a command; anything else serves. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || ROOT_OPTIONS.contains(args[0]));
    }

    /** One line saying why: the message of the innermost cause (e.g. the database's own complaint). */
    static String reason(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause != exception && !(exception instanceof IllegalArgumentException)) {
            message = (exception instanceof org.springframework.beans.factory.BeanCreationException
                            ? "the application could not start: "
                            : "")
                    + message;
        }
        if (exception instanceof IllegalArgumentException) {
            message = exception.getMessage();
        }
        return message.lines().findFirst().orElse(message).strip();
    }

    /** Runs a command; {@code application} is the Spring Boot class the database commands start (without web). */
    public static int run(Class<?> application, String[] args) {
        return commandLine(application, new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args);
    }

    /** The configured command line, writing to the given streams (tests pass their own). */
    public static CommandLine commandLine(Class<?> application, PrintWriter out, PrintWriter err) {
        return commandLine(application, List.of(), out, err);
    }

    /**
     * The configured command line; {@code settings} ({@code --spring.datasource.url=...}) are handed to the
     * application the database commands start, over its application.properties (tests pass their own database).
     */
    public static CommandLine commandLine(
            Class<?> application, List<String> settings, PrintWriter out, PrintWriter err) {
        ApplicationContexts.use(application, settings);
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        // a date picocli cannot read is a usage error that names the format, not the parser's exception
        commandLine.registerConverter(LocalDate.class, text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
            }
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("error: " + reason(exception));
            return 1;
        });
        return commandLine;
    }
}
