package org.iccindex.shared;

import java.util.Objects;

/**
 * Something wrong (or worth a warning) in a definition or answers file, located by file, line (1-based; 0 when
 * unknown) and key path, e.g. {@code questions[commitment.strategy].options[yes].points}.
 */
public record Problem(Severity severity, String file, int line, String key, String message) {
    public enum Severity {
        /** The file is rejected. */
        ERROR,
        /** The file is accepted; the author should look (e.g. a missing translation, which falls back to English). */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: key: message}, with "warning: " before warnings. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return where + ": " + prefix + (key.isEmpty() ? "" : key + ": ") + message;
    }
}
