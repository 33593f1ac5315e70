package org.iccindex.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by its ChromeDriver ({@code apt-get install chromium chromium-driver}; .ci/run
 * installs them). Each call opens a separate browser with a fresh profile, so two sessions never share cookies.
 */
public final class Browser {
    private Browser() {}

    public static ChromeDriver open() {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1024",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        Path.of(executable("/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return driver;
    }

    private static String executable(String path) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(
                    path + " is missing: install Debian's chromium and chromium-driver (see .ci/run)");
        }
        return path;
    }
}
