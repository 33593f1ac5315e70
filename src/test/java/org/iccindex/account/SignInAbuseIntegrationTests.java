package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in under attack: attempts sent at once are counted before they are checked; a stranger's failures lock the
 * stranger, not the owner, nor the others behind the same address; the password form is throttled and checked; a
 * new password ends the account's other sessions. Client addresses are set explicitly on every request.
 */
@OnH2
@AutoConfigureMockMvc
// MockMvc hands sessions over as MockHttpSession objects, which a JDBC session store does not read: these tests keep
// the container's sessions (what they check does not depend on the store; TwoInstancesIntegrationTests covers it).
@TestPropertySource(
        properties =
                "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
class SignInAbuseIntegrationTests {
    private static final String PASSWORD = "a sturdy passphrase";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    LoginThrottle throttle;

    String run;
    CurrentUser owner;

    @BeforeEach
    void account() {
        run = UUID.randomUUID().toString().substring(0, 8);
        owner = accounts.create(
                "owner-" + run + "@example.org",
                "Owner",
                Role.ADMINISTRATOR,
                Optional.empty(),
                Optional.of(PASSWORD),
                false);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcTestResult signIn(String name, String password, String address) {
        return mvc.post()
                .uri("/login")
                .with(csrf())
                .with(from(address))
                .param("username", name)
                .param("password", password)
                .exchange();
    }

    private String address(int n) {
        return "198.51.100." + n + "-" + run;
    }

    @Test
    void thirtyWrongPasswordsSentAtOnceAreCheckedAtMostFiveTimes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<LoginThrottle.Result>> attempts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                attempts.add(() -> throttle.admit(owner.username(), address(1)));
            }
            List<LoginThrottle.Result> results = new ArrayList<>();
            for (Future<LoginThrottle.Result> f : pool.invokeAll(attempts)) {
                results.add(f.get());
            }
            assertThat(results.stream().filter(LoginThrottle.Result.Admitted.class::isInstance))
                    .as("attempts whose password may be checked")
                    .hasSize(5);
            assertThat(results.stream().filter(LoginThrottle.Result.Refused.class::isInstance))
                    .hasSize(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStrangersFailuresLockTheStrangerNotTheOwner() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(owner.username(), "a wrong guess " + i, address(2)))
                    .hasRedirectedUrl(i < 4 ? "/login?error" : "/login?locked");
        }
        assertThat(signIn(owner.username(), PASSWORD, address(2)))
                .as("the right password from the stranger's address is not even checked")
                .hasRedirectedUrl("/login?locked");
        assertThat(signIn(owner.username(), PASSWORD, address(3))).hasRedirectedUrl("/");
    }

    @Test
    void onePersonsTyposDoNotLockTheOthersBehindTheSameAddress() {
        CurrentUser colleague = accounts.create(
                "colleague-" + run + "@example.org",
                "Colleague",
                Role.ANALYST,
                Optional.empty(),
                Optional.of(PASSWORD),
                false);
        String office = address(4);
        for (int i = 0; i < 6; i++) {
            signIn(owner.username(), "typo " + i, office);
        }
        assertThat(signIn(owner.username(), PASSWORD, office)).hasRedirectedUrl("/login?locked");
        assertThat(signIn(colleague.username(), PASSWORD, office)).hasRedirectedUrl("/");
    }

    @Test
    void aSuccessClearsThePairsFailures() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(signIn(owner.username(), "typo " + i, address(5))).hasRedirectedUrl("/login?error");
            }
            assertThat(signIn(owner.username(), PASSWORD, address(5))).hasRedirectedUrl("/");
        }
    }

    @Test
    void manyAddressesSlowTheNameDownForAMinuteAtMostNeverLockItOut() {
        for (int i = 0; i < 9; i++) {
            LoginThrottle.Result result = throttle.admit(owner.username(), address(10 + i));
            assertThat(result).isInstanceOf(LoginThrottle.Result.Admitted.class);
            throttle.failed(((LoginThrottle.Result.Admitted) result).attempt());
        }
        LoginThrottle.Result tenth = throttle.admit(owner.username(), address(30));
        Optional<Instant> delay = throttle.failed(((LoginThrottle.Result.Admitted) tenth).attempt());
        assertThat(delay)
                .hasValueSatisfying(
                        until -> assertThat(until).isBefore(Instant.now().plusSeconds(61)));
        for (int i = 0; i < 20; i++) {
            throttle.admit(owner.username(), address(40 + i));
        }
        assertThat(throttle.lockedUntil(owner.username(), address(99)))
                .hasValueSatisfying(
                        until -> assertThat(until).isBefore(Instant.now().plusSeconds(61)));
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordFormAreThrottled() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.changePassword(
                            owner,
                            "wrong " + UUID.randomUUID(),
                            "another passphrase",
                            "another passphrase",
                            address(6)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(FieldProblem::code)
                                    .containsExactly("account.problem.password.current"));
        }
        assertThatThrownBy(() -> accounts.changePassword(
                        owner, PASSWORD, "another passphrase", "another passphrase", address(6)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("account.problem.password.locked"));
        assertThat(signIn(owner.username(), PASSWORD, address(7))).hasRedirectedUrl("/");
    }

    @Test
    void weakPasswordsAreRefusedWithTheirReason() {
        assertThat(Passwords.check("aaaaaaaaaaaa", null, owner.username()))
                .extracting(FieldProblem::code)
                .containsExactly("account.problem.password.repeated");
        assertThat(Passwords.check(" ".repeat(12), null, owner.username()))
                .extracting(FieldProblem::code)
                .containsExactly("account.problem.password.repeated");
        assertThat(Passwords.check("Password1234", null, owner.username()))
                .extracting(FieldProblem::code)
                .containsExactly("account.problem.password.common");
        assertThat(Passwords.check(owner.username().toUpperCase(java.util.Locale.ROOT), null, owner.username()))
                .extracting(FieldProblem::code)
                .containsExactly("account.problem.password.username");
        assertThat(Passwords.check("short one", null, owner.username()))
                .extracting(FieldProblem::code)
                .containsExactly("account.problem.password.short");
        assertThat(Passwords.check("a sturdy passphrase", "a sturdy passphrase", owner.username()))
                .isEmpty();
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessionsAndKeepsThisOne() {
        MockHttpSession here = (MockHttpSession)
                signIn(owner.username(), PASSWORD, address(8)).getRequest().getSession();
        MockHttpSession elsewhere = (MockHttpSession)
                signIn(owner.username(), PASSWORD, address(9)).getRequest().getSession();
        assertThat(mvc.get().uri("/account").session(elsewhere).with(from(address(9))))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/account/password")
                        .session(here)
                        .with(csrf())
                        .with(from(address(8)))
                        .param("current", PASSWORD)
                        .param("password", "a brand new passphrase")
                        .param("confirmation", "a brand new passphrase"))
                .hasRedirectedUrl("/account?changed");
        assertThat(mvc.get().uri("/account").session(here).with(from(address(8))))
                .hasStatusOk();
        assertThat(mvc.get().uri("/account").session(elsewhere).with(from(address(9))))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .contains("/login");
    }
}
