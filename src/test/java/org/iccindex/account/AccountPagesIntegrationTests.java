package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The account pages as a browser uses them, through the whole security filter chain: throttling, sign-out, a disabled account's open session, invitations, my account, and the security headers.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
// MockMvc hands sessions over as MockHttpSession objects, which a JDBC session store does not read: these tests keep
// the container's sessions (what they check does not depend on the store; TwoInstancesIntegrationTests covers it).
@TestPropertySource(
        properties =
                "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
class AccountPagesIntegrationTests {
    private static final String PASSWORD = "pages password 1";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    CityRepository cities;

    @Autowired
    JdbcClient jdbc;

    String run;
    /** A client address of this test's own, so that address locks of other tests never interfere. */
    String address;

    CurrentUser admin;
    City city;

    @BeforeEach
    void accounts() {
        run = UUID.randomUUID().toString().substring(0, 8);
        address = "10." + (run.hashCode() & 0xff) + "." + ((run.hashCode() >> 8) & 0xff) + ".7";
        admin = accounts.create(
                "pages-admin-" + run + "@example.org",
                "Pages admin",
                Role.ADMINISTRATOR,
                Optional.empty(),
                Optional.of(PASSWORD),
                false);
        city = cities.create(new CitySlug("pages-" + run), "Pagesville", "Belgium", false);
    }

    @Test
    void fiveFailuresLockTheAccountAndSayWhenToRetryWithoutTellingWhetherItExists() throws Exception {
        String unknown = "nobody-" + run + "@example.org";
        String lockedExisting = lockOut(admin.username(), address);
        String lockedUnknown = lockOut(unknown, address.replaceFirst("\\.7$", ".8"));
        assertThat(lockedExisting)
                .contains("Too many failed sign-in attempts")
                .containsPattern("Try again after \\d\\d:\\d\\d")
                .as("the time says its zone: icc.time.zone, Europe/Paris by default")
                .containsPattern("Try again after \\d\\d:\\d\\d CES?T");
        assertThat(lockedUnknown.replaceAll("\\d\\d:\\d\\d", "hh:mm").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""))
                .as("the page is the same for an account that does not exist")
                .isEqualTo(lockedExisting
                        .replaceAll("\\d\\d:\\d\\d", "hh:mm")
                        .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""));

        MockHttpServletResponse right = mvc.perform(
                        signIn(admin.username(), PASSWORD).with(from(address)))
                .andReturn()
                .getResponse();
        assertThat(right.getRedirectedUrl())
                .as("the right password is refused from the locked address while the lock lasts")
                .isEqualTo("/login?locked");
        assertThat(mvc.perform(signIn(admin.username(), PASSWORD).with(from("192.0.2.99")))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("failures from one address do not lock the account out of another")
                .isEqualTo("/");
    }

    @Test
    void signingOutNeedsTheCsrfTokenAndEndsTheSession() throws Exception {
        MockHttpSession session = signedIn(admin.username());
        assertThat(mvc.perform(post("/logout").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse out = mvc.perform(
                        post("/logout").session(session).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(out.getRedirectedUrl()).isEqualTo("/login?signedOut");
        assertThat(session.isInvalid()).isTrue();
        assertThat(jdbc.sql("select count(*) from account_audit where action = 'SIGNED_OUT' and subject = ?")
                        .param(admin.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDisabledAccountsOpenSessionEndsAtItsNextRequest() throws Exception {
        CurrentUser analyst = accounts.create(
                "pages-analyst-" + run + "@example.org",
                "Analyst",
                Role.ANALYST,
                Optional.empty(),
                Optional.of(PASSWORD),
                false);
        MockHttpSession session = signedIn(analyst.username());
        assertThat(mvc.perform(get("/account").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        administration.disable(admin, analyst.id());
        MockHttpServletResponse next =
                mvc.perform(get("/account").session(session)).andReturn().getResponse();
        assertThat(next.getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(signIn(analyst.username(), PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void anAdministratorInvitesSomeoneWhoSetsAPasswordAndIsSignedIn() throws Exception {
        MockHttpSession adminSession = signedIn(admin.username());
        String email = "invitee-" + run + "@example.org";
        MockHttpServletResponse refused = mvc.perform(post("/admin/invitations")
                        .session(adminSession)
                        .with(csrf())
                        .param("username", email)
                        .param("displayName", "Invitee")
                        .param("role", "CONTRIBUTOR"))
                .andReturn()
                .getResponse();
        assertThat(html(refused))
                .contains("Choose the city: coordinators and contributors act for one city.")
                .contains("id=\"city-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"" + email + "\"");

        MvcResult created = mvc.perform(post("/admin/invitations")
                        .session(adminSession)
                        .with(csrf())
                        .param("username", email)
                        .param("displayName", "Invitee")
                        .param("role", "CONTRIBUTOR")
                        .param("city", String.valueOf(city.id()))
                        .param("language", "fr"))
                .andReturn();
        String accountPage = created.getResponse().getRedirectedUrl();
        assertThat(accountPage).matches("/admin/accounts/\\d+");
        String page = html(mvc.perform(get(accountPage).session(adminSession).flashAttrs(created.getFlashMap()))
                .andReturn()
                .getResponse());
        String link = page.replaceAll("(?s).*<code id=\"invitation-link\">([^<]+)</code>.*", "$1");
        assertThat(link).startsWith("http://localhost/invitation/").endsWith("?lang=fr");
        String path = link.substring("http://localhost".length());

        MockHttpSession invitee = new MockHttpSession();
        String invitation =
                html(mvc.perform(get(path).session(invitee)).andReturn().getResponse());
        assertThat(invitation).contains("Choisissez votre mot de passe").contains(email);
        String tokenPath = path.substring(0, path.indexOf('?'));
        Cookie french = new Cookie("icc-lang", "fr"); // what the browser keeps after ?lang=fr
        MockHttpServletResponse mismatch = mvc.perform(post(tokenPath)
                        .session(invitee)
                        .cookie(french)
                        .with(csrf())
                        .param("password", "a good long password")
                        .param("confirmation", "a different password"))
                .andReturn()
                .getResponse();
        assertThat(html(mismatch)).contains("Les deux mots de passe ne sont pas identiques.");

        MockHttpServletResponse accepted = mvc.perform(post(tokenPath)
                        .session(invitee)
                        .cookie(french)
                        .with(csrf())
                        .param("password", "a good long password")
                        .param("confirmation", "a good long password"))
                .andReturn()
                .getResponse();
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/account?welcome");
        assertThat(html(mvc.perform(get("/account")
                                .param("welcome", "")
                                .session(invitee)
                                .cookie(french))
                        .andReturn()
                        .getResponse()))
                .contains("Pagesville")
                .contains(email)
                .contains("Bienvenue");

        MockHttpServletResponse used = mvc.perform(get(tokenPath)).andReturn().getResponse();
        assertThat(used.getStatus()).isEqualTo(410);
        assertThat(html(used)).contains("already been used");
        MockHttpServletResponse unknown =
                mvc.perform(get("/invitation/not-a-real-token")).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(html(unknown)).contains("This invitation link is not valid");
        assertThat(html(mvc.perform(get("/admin/outbox").session(adminSession))
                        .andReturn()
                        .getResponse()))
                .contains(email)
                .contains(link.replace("&", "&amp;"))
                .contains("No mail server is configured")
                // nothing sends it without icc.mail.enabled: it is not said to be waiting
                .doesNotContain("Waiting to be sent");
    }

    @Test
    void myAccountChangesThePasswordAfterCheckingTheCurrentOne() throws Exception {
        MockHttpSession session = signedIn(admin.username());
        String wrong = html(mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", "not it")
                        .param("password", "a brand new password")
                        .param("confirmation", "a brand new password"))
                .andReturn()
                .getResponse());
        assertThat(wrong)
                .contains("This is not your current password.")
                .contains("href=\"#current\"")
                .contains("id=\"current-error\"");
        MockHttpServletResponse changed = mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", PASSWORD)
                        .param("password", "a brand new password")
                        .param("confirmation", "a brand new password"))
                .andReturn()
                .getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/account?changed");
        assertThat(mvc.perform(signIn(admin.username(), "a brand new password"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void theSecurityHeadersAreOnPublicPrivateAndErrorPages() throws Exception {
        MockHttpSession coordinator = signedIn(accounts.create(
                        "pages-coord-" + run + "@example.org",
                        "Coordinator",
                        Role.COORDINATOR,
                        Optional.of(city.id()),
                        Optional.of(PASSWORD),
                        false)
                .username());
        MockHttpSession administrator = signedIn(admin.username());
        List<MockHttpServletResponse> pages = List.of(
                mvc.perform(get("/")).andReturn().getResponse(),
                mvc.perform(get("/login")).andReturn().getResponse(),
                mvc.perform(get("/invitation/unknown")).andReturn().getResponse(),
                mvc.perform(get("/account").session(coordinator)).andReturn().getResponse(),
                mvc.perform(get("/team/valmonte").session(coordinator))
                        .andReturn()
                        .getResponse(),
                mvc.perform(get("/admin").session(administrator)).andReturn().getResponse(),
                mvc.perform(get("/admin").session(coordinator)).andReturn().getResponse());
        assertThat(pages)
                .extracting(MockHttpServletResponse::getStatus)
                .containsExactly(200, 200, 404, 200, 403, 200, 403);
        for (MockHttpServletResponse page : pages) {
            assertThat(page.getHeader("Content-Security-Policy"))
                    .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    private String lockOut(String username, String from) throws Exception {
        MockHttpServletResponse last = null;
        for (int i = 1; i <= 5; i++) {
            last = mvc.perform(signIn(username, "wrong password " + i).with(from(from)))
                    .andReturn()
                    .getResponse();
        }
        assertThat(last.getRedirectedUrl()).isEqualTo("/login?locked");
        MockHttpSession session =
                (MockHttpSession) mvc.perform(signIn(username, "again wrong").with(from(from)))
                        .andReturn()
                        .getRequest()
                        .getSession();
        return html(
                mvc.perform(get("/login?locked").session(session)).andReturn().getResponse());
    }

    private MockHttpSession signedIn(String username) throws Exception {
        MvcResult result = mvc.perform(signIn(username, PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login")
                .with(csrf())
                .with(from(address))
                .param("username", username)
                .param("password", password);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
