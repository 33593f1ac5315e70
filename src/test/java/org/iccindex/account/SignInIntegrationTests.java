package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signing in with the demo accounts; what the public may and may not reach; the security headers. */
@OnH2WithDemo
@AutoConfigureMockMvc
class SignInIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Test
    void theSignInPageOfADemoRunListsTheDemoAccounts() throws Exception {
        MvcTestResult page = mvc.get().uri("/login").exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains("analyst@example.org")
                .contains("coordinator.valmonte@example.org")
                .contains("contributor.valmonte@example.org")
                .contains("demo-password");
        assertThat(accounts.find("coordinator.valmonte@example.org")).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.COORDINATOR);
            assertThat(u.cityId()).isPresent();
        });
    }

    @Test
    void aDemoAccountSignsInWithItsPasswordAndAWrongPasswordIsRefused() {
        assertThat(mvc.perform(formLogin("/login").user("analyst@example.org").password("demo-password")))
                .hasRedirectedUrl("/");
        assertThat(mvc.perform(formLogin("/login").user("analyst@example.org").password("wrong-password")))
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "analyst@example.org")
                        .param("password", "demo-password"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/login")
                        .with(csrf())
                        .param("username", "analyst@example.org")
                        .param("password", "demo-password"))
                .hasRedirectedUrl("/");
    }

    @Test
    void publicPagesCarryTheSecurityHeadersAndPrivateOnesAskForASignIn() {
        MvcTestResult home = mvc.get().uri("/").exchange();
        assertThat(home).hasStatusOk();
        assertThat(home.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(home.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(mvc.get().uri("/anything-private").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void passwordsAreStoredHashed() {
        CurrentUser created = accounts.create(
                "someone@example.org",
                "Someone",
                Role.ANALYST,
                java.util.Optional.empty(),
                java.util.Optional.of("a long enough secret"),
                false);
        assertThat(created.role()).isEqualTo(Role.ANALYST);
        assertThat(mvc.perform(formLogin("/login").user("someone@example.org").password("a long enough secret")))
                .hasRedirectedUrl("/");
    }
}
