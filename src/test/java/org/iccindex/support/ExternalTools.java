package org.iccindex.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the programs the browser tests need (Chromium and ChromeDriver) on the PATH, or on the path given by the
 * system property {@code icc.test.tools.path}, and decides whether those tests can run. Missing programs skip the
 * tests with one line on what to install; with {@code CI=true} they fail the build instead.
 */
public final class ExternalTools implements ExecutionCondition {
    /** Overrides PATH for the look-up (e.g. {@code -Dicc.test.tools.path=/nowhere} to try the skip). */
    public static final String PATH_PROPERTY = "icc.test.tools.path";

    static final String INSTALL = "install Debian's chromium and chromium-driver"
            + " (apt-get install -y chromium chromium-driver; .ci/run does it)";

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return decide(lookupPath(), System.getenv("CI"));
    }

    static ConditionEvaluationResult decide(String lookupPath, String ci) {
        List<String> missing = Stream.of("chromium", "chromedriver")
                .filter(name -> find(lookupPath, name).isEmpty())
                .toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
        }
        String line = "Browser tests skipped: " + String.join(" and ", missing) + " not found on the path; " + INSTALL;
        if ("true".equalsIgnoreCase(ci)) {
            throw new IllegalStateException("CI=true, so the browser tests must run, but " + line);
        }
        if (TOLD.compareAndSet(false, true)) {
            System.err.println(line);
        }
        return ConditionEvaluationResult.disabled(line);
    }

    /** The executable of this name on the look-up path, if there is one. */
    public static Optional<Path> find(String name) {
        return find(lookupPath(), name);
    }

    private static String lookupPath() {
        return System.getProperty(PATH_PROPERTY, System.getenv().getOrDefault("PATH", ""));
    }

    private static Optional<Path> find(String path, String name) {
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The executable of this name, or a clear failure naming what to install. */
    static String require(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalStateException(name + " not found on the path: " + INSTALL))
                .toString();
    }
}
