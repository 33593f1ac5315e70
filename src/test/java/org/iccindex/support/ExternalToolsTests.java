package org.iccindex.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
