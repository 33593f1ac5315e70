package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.iccindex.account.Invitations.LinkStatus;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Cities, invitations, accounts, the audit trail and the login throttle against a real database; run on H2 and on
 * PostgreSQL by the two subclasses. Every test makes its own rows (unique names) and asserts on them only.
 */
abstract class AbstractAccountWorkflowTests {
    @Autowired
    Accounts accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    Invitations invitations;

    @Autowired
    CityRegistration registration;

    @Autowired
    CityRepository cities;

    @Autowired
    AccountAudit audit;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    String run;
    CurrentUser admin;

    @BeforeEach
    void anAdministrator() {
        run = UUID.randomUUID().toString().substring(0, 8);
        admin = accounts.create(
                "admin-" + run + "@example.org",
                "Admin " + run,
                Role.ADMINISTRATOR,
                Optional.empty(),
                Optional.of("administrator password"),
                false);
    }

    @Test
    void anInvitationCreatesAnAccountWithoutPasswordAndStoresOnlyTheHashOfItsToken() {
        City city = cities.create(new CitySlug("inv-" + run), "Invitville", "Italy", false);
        Invitations.Sent sent = invite("maria-" + run + "@example.org", Role.COORDINATOR, Optional.of(city.id()));
        String token = token(sent);

        assertThat(sent.link()).startsWith("https://icc.example/invitation/");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(accounts.summary(sent.account().id()).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
        assertThat(jdbc.sql("select count(*) from account_invitation where token_hash = ?")
                        .param(Invitations.hash(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account_invitation where token_hash like ?")
                        .param("%" + token + "%")
                        .query(Long.class)
                        .single())
                .as("the token itself is not stored")
                .isZero();
        Mail message = lastMessageTo(sent.account().username());
        assertThat(message.body()).contains(sent.link()).contains("Invitville").contains("Admin " + run);
        assertThat(audit.latest(Optional.of(sent.account().username()), 10))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_INVITED, admin.username()));
    }

    @Test
    void aLinkSetsThePasswordOnceAndABadPasswordLeavesItValid() {
        Invitations.Sent sent = invite("once-" + run + "@example.org", Role.ANALYST, Optional.empty());
        String token = token(sent);

        assertThatThrownBy(() -> invitations.accept(token, "short", "other"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("password", "confirmation"));
        assertThat(invitations.check(token).status()).isEqualTo(LinkStatus.VALID);

        CurrentUser accepted = invitations.accept(token, "correct horse battery", "correct horse battery");
        assertThat(accepted.id()).isEqualTo(sent.account().id());
        assertThat(accounts.summary(accepted.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        String hash = jdbc.sql("select password_hash from account where id = ?")
                .param(accepted.id())
                .query(String.class)
                .single();
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();

        assertThat(invitations.check(token).status()).isEqualTo(LinkStatus.USED);
        assertThatThrownBy(() -> invitations.accept(token, "another long password", "another long password"))
                .isInstanceOfSatisfying(
                        Invitations.LinkUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(LinkStatus.USED));
        assertThat(encoder.matches(
                        "correct horse battery",
                        jdbc.sql("select password_hash from account where id = ?")
                                .param(accepted.id())
                                .query(String.class)
                                .single()))
                .as("the second use changed nothing")
                .isTrue();
    }

    @Test
    void anExpiredLinkIsRefusedAndANewLinkReplacesTheOldOne() {
        Invitations.Sent first = invite("late-" + run + "@example.org", Role.ANALYST, Optional.empty());
        jdbc.sql("update account_invitation set expires_at = ? where token_hash = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), Invitations.hash(token(first)))
                .update();
        assertThat(invitations.check(token(first)).status()).isEqualTo(LinkStatus.EXPIRED);
        assertThatThrownBy(() -> invitations.accept(token(first), "long enough password", "long enough password"))
                .isInstanceOf(Invitations.LinkUnusableException.class);

        Invitations.Sent second = invitations.renewLink(admin, first.account().id(), Locale.FRENCH, "http://ignored");
        assertThat(second.link()).endsWith("?lang=fr");
        assertThat(lastMessageTo(first.account().username()).subject()).contains("Indice des cités interculturelles");
        Invitations.Sent third = invitations.renewLink(admin, first.account().id(), Locale.ENGLISH, "http://ignored");
        assertThat(invitations.check(token(second)).status()).isEqualTo(LinkStatus.REPLACED);
        assertThat(invitations.check(token(third)).status()).isEqualTo(LinkStatus.VALID);
        assertThat(invitations.check("no-such-token").status()).isEqualTo(LinkStatus.UNKNOWN);
    }

    @Test
    void aRefusedInvitationNamesEveryWrongFieldAndSavesNothing() {
        long accountsBefore = count("account");
        long messagesBefore = count("mail_outbox");
        assertThatThrownBy(() -> invitations.invite(
                        admin,
                        new Invitations.Invite(
                                "not-an-address", " ", Role.COORDINATOR, Optional.empty(), Locale.ENGLISH),
                        "http://localhost"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "username", "account.problem.username.email"),
                                        org.assertj.core.groups.Tuple.tuple("displayName", "account.problem.required"),
                                        org.assertj.core.groups.Tuple.tuple("city", "account.problem.city.required")));
        City city = cities.create(new CitySlug("bad-" + run), "Badtown", "France", false);
        assertThatThrownBy(() -> invite("analyst-" + run + "@example.org", Role.ANALYST, Optional.of(city.id())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("account.problem.city.notAllowed"));
        assertThatThrownBy(() -> invite(admin.username().toUpperCase(Locale.ROOT), Role.ANALYST, Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("account.problem.username.taken"));
        assertThat(count("account")).isEqualTo(accountsBefore);
        assertThat(count("mail_outbox")).isEqualTo(messagesBefore);
    }

    @Test
    void citiesTakeNamesInAnyScriptAndNeedASlugWhenTheNameHasNoLatinLetters() {
        assertThatThrownBy(() -> registration.create(admin, new CityRegistration.NewCity("안산", "", "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("country", "account.problem.required"),
                                        org.assertj.core.groups.Tuple.tuple("slug", "account.problem.slug.needed")));
        City korean =
                registration.create(admin, new CityRegistration.NewCity("  안산  시 ", "ansan-" + run, "South Korea"));
        assertThat(korean.name()).isEqualTo("안산 시");
        assertThat(cities.find(new CitySlug("ansan-" + run)).orElseThrow().name())
                .isEqualTo("안산 시");

        City derived =
                registration.create(admin, new CityRegistration.NewCity("Saint-Étienne Nord " + run, " ", "France"));
        assertThat(derived.slug().value()).isEqualTo("saint-etienne-nord-" + run);

        assertThatThrownBy(() -> registration.create(
                        admin, new CityRegistration.NewCity("Other", "ansan-" + run, "South Korea")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code, FieldProblem::args)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "account.problem.slug.taken", List.of("안산 시", "South Korea"))));
        assertThatThrownBy(() -> registration.create(admin, new CityRegistration.NewCity("X", "Bad Slug", "Y")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("account.problem.slug.form"));
        assertThat(audit.latest(Optional.of("ansan-" + run), 5))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CITY_CREATED);
    }

    @Test
    void administratorsDisableAndEnableAccountsButNotTheirOwn() {
        CurrentUser analyst = accounts.create(
                "off-" + run + "@example.org",
                "Off",
                Role.ANALYST,
                Optional.empty(),
                Optional.of("a long enough secret"),
                false);
        administration.disable(admin, analyst.id());
        assertThat(accounts.summary(analyst.id()).orElseThrow().status()).isEqualTo(AccountStatus.DISABLED);
        assertThatThrownBy(() -> invitations.renewLink(admin, analyst.id(), Locale.ENGLISH, "http://localhost"))
                .isInstanceOf(InvalidInputException.class);
        administration.enable(admin, analyst.id());
        assertThat(accounts.summary(analyst.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThatThrownBy(() -> administration.disable(admin, admin.id()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("account.problem.disable.self"));
        assertThatThrownBy(() -> administration.disable(analyst, admin.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(audit.latest(Optional.of(analyst.username()), 10))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_ENABLED, admin.username()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_DISABLED, admin.username()));
    }

    @Test
    void changingMyPasswordNeedsTheCurrentOne() {
        CurrentUser me = accounts.create(
                "me-" + run + "@example.org",
                "Me",
                Role.ANALYST,
                Optional.empty(),
                Optional.of("first password!"),
                false);
        assertThatThrownBy(() -> accounts.changePassword(me, "wrong", "second password!", "second password!"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("current"));
        assertThatThrownBy(() -> accounts.changePassword(me, "first password!", me.username(), me.username()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("account.problem.password.username"));
        accounts.changePassword(me, "first password!", "second password!", "second password!");
        assertThat(encoder.matches(
                        "second password!",
                        jdbc.sql("select password_hash from account where id = ?")
                                .param(me.id())
                                .query(String.class)
                                .single()))
                .isTrue();
    }

    @Test
    void demoAccountsCannotBeCreatedInARunWithoutTheDemoData() {
        assertThatThrownBy(() -> accounts.create(
                        "demo-" + run + "@example.org",
                        "Demo",
                        Role.ANALYST,
                        Optional.empty(),
                        Optional.of("demo-password"),
                        true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo data");
        assertThat(jdbc.sql("select count(*) from account where demo = true")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** One wrong password from {@code address}: admitted and failed, or refused; the lock, if any. */
    private Optional<Instant> fail(String name, String address) {
        LoginThrottle.Result result = throttle.admit(name, address);
        if (result instanceof LoginThrottle.Result.Refused refused) {
            return Optional.of(refused.retryAt());
        }
        return throttle.failed(((LoginThrottle.Result.Admitted) result).attempt());
    }

    @Test
    void fiveFailuresLockTheNameAndAddressPairWhetherOrNotTheAccountExistsAndTheLockIsInTheDatabase() {
        String known = admin.username();
        String unknown = "nobody-" + run + "@example.org";
        String address = "192.0.2." + (Math.abs(run.hashCode()) % 200) + "-" + run;
        for (String name : List.of(known, unknown)) {
            for (int i = 1; i <= 4; i++) {
                assertThat(fail(name, address)).isEmpty();
            }
            Optional<Instant> lock = fail(name, address);
            assertThat(lock)
                    .hasValueSatisfying(until -> assertThat(until)
                            .isBetween(
                                    Instant.now().plusSeconds(50), Instant.now().plusSeconds(70)));
            assertThat(throttle.lockedUntil(name, address)).isPresent();
            assertThat(throttle.lockedUntil(name, "198.51.100.1"))
                    .as("the owner elsewhere")
                    .isEmpty();
            assertThat(jdbc.sql("select locked_until from login_throttle where throttle_key = ?")
                            .param(LoginThrottle.pairKey(name, address))
                            .query(OffsetDateTime.class)
                            .single()
                            .toInstant())
                    .isEqualTo(lock.get());
        }
    }

    @Test
    void repeatedFailuresFromOneAddressOverManyNamesLockIt() {
        String address = "203.0.113." + (Math.abs(run.hashCode()) % 200) + "-" + run;
        for (int i = 1; i < 50; i++) {
            assertThat(fail("guess-" + i + "-" + run + "@example.org", address)).isEmpty();
        }
        assertThat(throttle.lockedUntil(admin.username(), address)).isEmpty();
        assertThat(fail("guess-50-" + run + "@example.org", address)).isPresent();
        assertThat(throttle.lockedUntil(admin.username(), address)).isPresent();
        assertThat(throttle.lockedUntil(admin.username(), "198.51.100.3")).isEmpty();
    }

    private Invitations.Sent invite(String username, Role role, Optional<Long> city) {
        return invitations.invite(
                admin,
                new Invitations.Invite(username, "Invited " + run, role, city, Locale.ENGLISH),
                "https://icc.example");
    }

    private static String token(Invitations.Sent sent) {
        String tail = sent.link().substring(sent.link().lastIndexOf('/') + 1);
        return tail.contains("?") ? tail.substring(0, tail.indexOf('?')) : tail;
    }

    private Mail lastMessageTo(String recipient) {
        return jdbc.sql("select recipient, subject, body from mail_outbox where recipient = ? order by id desc")
                .param(recipient)
                .query((rs, row) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .get(0);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
