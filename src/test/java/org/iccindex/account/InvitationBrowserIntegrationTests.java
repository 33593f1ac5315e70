package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.iccindex.support.Browser;
import org.iccindex.support.NeedsBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: an administrator adds a city whose name is in Greek script, invites its coordinator, and the
 * coordinator opens the link in another browser, sets a password and lands on their account signed in (under a new
 * session id); when the administrator disables the account, the coordinator's open session ends.
 */
@NeedsBrowser
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1",
            "icc.demo.enabled=true"
        })
class InvitationBrowserIntegrationTests {
    @LocalServerPort
    int port;

    @Test
    void anAdministratorInvitesACoordinatorWhoSetsAPasswordAndIsSignedIn() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String base = "http://localhost:" + port;
        ChromeDriver admin = Browser.open();
        ChromeDriver coordinator = Browser.open();
        try {
            admin.get(base + "/login");
            admin.findElement(By.id("username")).sendKeys("admin@example.org");
            admin.findElement(By.id("password")).sendKeys("demo-password");
            Browser.clickToLoad(admin, By.cssSelector("main form button"));
            Browser.clickToLoad(admin, By.linkText("Administration"));
            Browser.clickToLoad(admin, By.linkText("Add a city"));

            admin.findElement(By.id("name")).sendKeys("Θεσσαλονίκη");
            admin.findElement(By.id("country")).sendKeys("Greece");
            Browser.clickToLoad(admin, By.cssSelector("form.account-form button"));
            assertThat(admin.findElement(By.id("slug-error")).getText()).contains("no Latin letters");
            assertThat(admin.switchTo().activeElement().getAttribute("id"))
                    .as("the error summary takes the focus")
                    .isEqualTo("error-summary");
            assertThat(admin.findElement(By.id("slug")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            admin.findElement(By.id("slug")).sendKeys("thessaloniki-" + run);
            Browser.clickToLoad(admin, By.cssSelector("form.account-form button"));

            assertThat(admin.findElement(By.cssSelector("p.success")).getText()).contains("Θεσσαλονίκη");
            admin.findElement(By.id("username")).sendKeys("maria." + run + "@thessaloniki.example");
            admin.findElement(By.id("displayName")).sendKeys("Maria Papadopoulou");
            Browser.clickToLoad(admin, By.cssSelector("form.account-form button"));
            String link = admin.findElement(By.id("invitation-link")).getText();
            assertThat(link).startsWith(base + "/invitation/");

            coordinator.get(link);
            assertThat(coordinator.findElement(By.tagName("h1")).getText()).isEqualTo("Choose your password");
            String before = session(coordinator);
            coordinator.findElement(By.id("password")).sendKeys("thermaic gulf evening");
            coordinator.findElement(By.id("confirmation")).sendKeys("thermaic gulf evening");
            Browser.clickToLoad(coordinator, By.cssSelector("form.account-form button"));
            assertThat(coordinator.findElement(By.tagName("h1")).getText()).isEqualTo("My account");
            assertThat(coordinator.findElement(By.cssSelector("main")).getText())
                    .contains("Welcome!")
                    .contains("Θεσσαλονίκη")
                    .contains("City coordinator");
            assertThat(session(coordinator))
                    .as("a new session id once signed in")
                    .isNotEqualTo(before);

            admin.navigate().refresh();
            Browser.clickToLoad(admin, By.cssSelector(".actions button.danger"));
            assertThat(admin.findElement(By.cssSelector(".status")).getText()).isEqualTo("Disabled");
            coordinator.navigate().refresh();
            assertThat(coordinator.getCurrentUrl()).endsWith("/login");
        } finally {
            admin.quit();
            coordinator.quit();
        }
    }

    private static String session(WebDriver driver) {
        return driver.manage().getCookieNamed("SESSION").getValue();
    }
}
