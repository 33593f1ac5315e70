package org.iccindex.assessment;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the questionnaire's browser tests share: signing in as a fixture's user, and waiting for htmx's updates. */
final class BrowserSession {
    private BrowserSession() {}

    /** Signs {@code username} in (with the fixtures' password) on the application at {@code port}. */
    static void signIn(WebDriver browser, int port, String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** A wait that outlasts htmx swapping the piece of the page it updates (an element found may be gone). */
    static WebDriverWait waiting(WebDriver browser) {
        return (WebDriverWait)
                new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }
}
