package org.iccindex.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

class ExternalToolsTests {
    @TempDir
    Path dir;

    private void program(Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        Path file = Files.writeString(folder.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void missingChromeDriverSkipsWithOneLineSayingWhatToInstall() throws Exception {
        program(dir, "chromium");

        ConditionEvaluationResult result = ExternalTools.decide(dir.toString(), null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValue("Browser tests skipped: chromedriver not found on the path; " + ExternalTools.INSTALL);
    }

    @Test
    void underCiAMissingProgramFailsInsteadOfSkipping() {
        assertThatThrownBy(() -> ExternalTools.decide(dir.toString(), "true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CI=true")
                .hasMessageContaining("chromium and chromedriver not found");
    }

    @Test
    void bothProgramsFoundOnAnyFolderOfThePathEnableTheTests() throws Exception {
        program(dir.resolve("a"), "chromium");
        program(dir.resolve("b"), "chromedriver");

        ConditionEvaluationResult result =
                ExternalTools.decide(dir.resolve("a") + File.pathSeparator + dir.resolve("b"), "true");

        assertThat(result.isDisabled()).isFalse();
    }

    /** A test class that opens Chromium without {@link NeedsBrowser} would fail, not skip, where it is missing. */
    @Test
    void everyTestClassThatOpensTheBrowserIsMarkedAsNeedingIt() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            List<Path> unmarked = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("Browser.java"))
                    .filter(f -> {
                        String source = read(f);
                        return (source.contains("Browser.open") || source.contains("new ChromeDriver"))
                                && !source.contains("@NeedsBrowser");
                    })
                    .toList();
            assertThat(unmarked).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
