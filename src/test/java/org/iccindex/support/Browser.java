package org.iccindex.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its ChromeDriver, both found on the path by {@link ExternalTools} (test
 * classes that use it carry {@link NeedsBrowser}). Each call opens a separate browser with a fresh profile, so two sessions never share cookies.
 */
public final class Browser {
    private Browser() {}

    public static ChromeDriver open() {
        return open(false);
    }

    /** A browser the size of a phone: 390 by 844 CSS pixels, as Chromium's device emulation lays pages out. */
    public static ChromeDriver openPhone() {
        return open(true);
    }

    private static ChromeDriver open(boolean phone) {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ExternalTools.require("chromium"));
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
        if (phone) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of("deviceMetrics", java.util.Map.of("width", 390, "height", 844, "pixelRatio", 1)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        Path.of(ExternalTools.require("chromedriver")).toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return driver;
    }

    /**
     * Clicks an element that loads another page and returns once the page it was on is gone, so that the next
     * lookup cannot find (and then lose) an element of the old page.
     */
    public static void clickToLoad(WebDriver driver, By target) {
        clickToLoad(driver, driver.findElement(target));
    }

    public static void clickToLoad(WebDriver driver, WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        awaitNewPage(driver, page);
    }

    /** Presses Enter on a focused link or button that loads another page, and waits for it as above. */
    public static void enterToLoad(WebDriver driver, WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.sendKeys(Keys.ENTER);
        awaitNewPage(driver, page);
    }

    private static void awaitNewPage(WebDriver driver, WebElement page) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }
}
