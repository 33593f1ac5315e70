package org.iccindex.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iccindex.account.persistence.AccountRow;
import org.iccindex.account.persistence.AccountStore;
import org.iccindex.account.persistence.InvitationStore;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.shared.PageTimes;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts: creating them, finding them, passwords. Usernames are e-mail addresses, stored in lower case.
 *
 * <p>Demo accounts (known passwords, listed on the sign-in page) can only be created in a run that loads the demo
 * data; a production run never does, so it never has one.
 */
@Service
public class Accounts {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD_LENGTH = Passwords.MIN_LENGTH;

    private final AccountStore store;
    private final InvitationStore invitations;
    private final CityRepository cities;
    private final PasswordEncoder encoder;
    private final AccountAudit audit;
    private final Environment environment;
    private final LoginThrottle throttle;
    private final TransactionTemplate transaction;
    private final PageTimes times;

    Accounts(
            AccountStore store,
            InvitationStore invitations,
            CityRepository cities,
            PasswordEncoder encoder,
            AccountAudit audit,
            Environment environment,
            LoginThrottle throttle,
            TransactionTemplate transaction,
            PageTimes times) {
        this.times = times;
        this.throttle = throttle;
        this.transaction = transaction;
        this.store = store;
        this.invitations = invitations;
        this.cities = cities;
        this.encoder = encoder;
        this.audit = audit;
        this.environment = environment;
    }

    /**
     * Creates an account; {@code password} empty leaves it without one (it cannot sign in until a password is set).
     *
     * @throws InvalidInputException naming each field that is wrong; nothing is saved
     * @throws IllegalStateException for a demo account in a database without the demo data
     */
    @Transactional
    public CurrentUser create(
            String username,
            String displayName,
            Role role,
            Optional<Long> cityId,
            Optional<String> password,
            boolean demo) {
        CurrentUser user = insert(username, displayName, role, cityId, password, demo);
        audit.record(
                Optional.empty(),
                AuditAction.ACCOUNT_CREATED,
                user.username(),
                describe(user) + (demo ? ", demo account" : ""));
        return user;
    }

    /** Checks and inserts, without an audit entry (the caller records why the account was made). */
    CurrentUser insert(
            String username,
            String displayName,
            Role role,
            Optional<Long> cityId,
            Optional<String> password,
            boolean demo) {
        String normalized = normalize(username);
        List<FieldProblem> problems = new ArrayList<>();
        if (!EMAIL.matcher(normalized).matches() || normalized.length() > 200) {
            problems.add(FieldProblem.of(
                    "username",
                    "account.problem.username.email",
                    "an e-mail address is expected, found '" + username + "'"));
        } else if (store.findByUsername(normalized).isPresent()) {
            problems.add(FieldProblem.of(
                    "username",
                    "account.problem.username.taken",
                    "an account '" + normalized + "' already exists",
                    normalized));
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add(FieldProblem.of("displayName", "account.problem.required", "required"));
        } else if (displayName.trim().length() > 200) {
            problems.add(FieldProblem.of("displayName", "account.problem.tooLong", "at most 200 characters", 200));
        }
        if (role == null) {
            problems.add(FieldProblem.of("role", "account.problem.required", "required"));
        } else if (role.isCityRole() && cityId.isEmpty()) {
            problems.add(FieldProblem.of(
                    "city",
                    "account.problem.city.required",
                    "a city is required for a " + role.name().toLowerCase(Locale.ROOT)));
        } else if (!role.isCityRole() && cityId.isPresent()) {
            problems.add(FieldProblem.of(
                    "city",
                    "account.problem.city.notAllowed",
                    "no city for an " + role.name().toLowerCase(Locale.ROOT) + ": they work for every city"));
        } else if (cityId.isPresent() && cityById().get(cityId.get()) == null) {
            problems.add(FieldProblem.of("city", "account.problem.city.unknown", "no such city"));
        }
        password.ifPresent(p -> problems.addAll(Passwords.check(p, null, normalized)));
        InvalidInputException.throwIfAny(problems);
        if (demo && !demoRun()) {
            throw new IllegalStateException("demo accounts exist only in a run that loads the demo data"
                    + " (icc.demo.enabled=true, or auto on the embedded H2 database); this run does not");
        }
        long id = store.insert(normalized, displayName.trim(), role, cityId, password.map(encoder::encode), demo);
        return store.findById(id).map(AccountRow::user).orElseThrow();
    }

    public Optional<CurrentUser> find(String username) {
        return store.findByUsername(normalize(username)).map(AccountRow::user);
    }

    public Optional<CurrentUser> find(long id) {
        return store.findById(id).map(AccountRow::user);
    }

    /** The demo accounts (only ever created in a demo run), for the sign-in page. */
    public List<CurrentUser> demoAccounts() {
        return store.findDemoAccounts().stream().map(AccountRow::user).toList();
    }

    public boolean hasAdministrator() {
        return store.anyWithRole(Role.ADMINISTRATOR);
    }

    /** Every account with its city and status, by e-mail address. */
    public List<AccountSummary> summaries() {
        Map<Long, City> byId = cityById();
        return store.findAll().stream().map(r -> summary(r, byId)).toList();
    }

    public Optional<AccountSummary> summary(long id) {
        return store.findById(id).map(r -> summary(r, cityById()));
    }

    /** The accounts that act for one city: its coordinators first, then its contributors. */
    public List<AccountSummary> team(long cityId) {
        Map<Long, City> byId = cityById();
        return store.findByCity(cityId).stream()
                .map(r -> summary(r, byId))
                .sorted(Comparator.comparing((AccountSummary s) -> s.user().role())
                        .thenComparing(s -> s.user().username()))
                .toList();
    }

    /**
     * Changes the signed-in person's own password after checking the current one.
     *
     * @throws InvalidInputException on a wrong current password or a new one that breaks the rules
     */
    public void changePassword(CurrentUser user, String current, String password, String confirmation) {
        changePassword(user, current, password, confirmation, null);
    }

    /**
     * As {@link #changePassword(CurrentUser, String, String, String)}, from the client {@code address}: wrong
     * current passwords count in the sign-in throttle like wrong passwords on the sign-in form (the same pair of
     * name and address), so that a session left open cannot be used to guess the password.
     */
    public void changePassword(CurrentUser user, String current, String password, String confirmation, String address) {
        LoginThrottle.Result admission = throttle.admit(user.username(), address);
        if (admission instanceof LoginThrottle.Result.Refused refused) {
            throw new InvalidInputException(List.of(FieldProblem.of(
                    "current",
                    "account.problem.password.locked",
                    "too many wrong passwords: try again after " + refused.retryAt(),
                    times.time(refused.retryAt()))));
        }
        LoginThrottle.Attempt attempt = ((LoginThrottle.Result.Admitted) admission).attempt();
        AccountRow row = store.findById(user.id()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null
                || row.passwordHash().isEmpty()
                || !encoder.matches(current, row.passwordHash().get())) {
            throttle.failed(attempt);
            problems.add(FieldProblem.of(
                    "current", "account.problem.password.current", "the current password is not right"));
        } else {
            throttle.succeeded(attempt);
        }
        problems.addAll(Passwords.check(password, confirmation, row.user().username()));
        InvalidInputException.throwIfAny(problems);
        transaction.executeWithoutResult(status -> {
            store.setPasswordHash(user.id(), encoder.encode(password));
            audit.record(Optional.of(user), AuditAction.PASSWORD_CHANGED, user.username(), "");
        });
    }

    /** Sets the password chosen through an invitation link (already checked by the caller). */
    void setPassword(long accountId, String password) {
        store.setPasswordHash(accountId, encoder.encode(password));
    }

    /**
     * Whether this run loads the demo data: the same rule as {@code org.iccindex.demo.DemoProperties} (which this
     * module cannot use: the demo module depends on it). The production profile sets {@code icc.demo.enabled=false}.
     */
    private boolean demoRun() {
        String enabled =
                environment.getProperty("icc.demo.enabled", "auto").trim().toLowerCase(Locale.ROOT);
        String url = environment.getProperty("spring.datasource.url", "");
        return enabled.equals("true") || (enabled.equals("auto") && url.startsWith("jdbc:h2:"));
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** For audit entries: the role, and the city's slug for city roles ("coordinator of valmonte"). */
    String describe(CurrentUser user) {
        return user.role().name().toLowerCase(Locale.ROOT)
                + user.cityId()
                        .map(id -> " of "
                                + Optional.ofNullable(cityById().get(id))
                                        .map(c -> c.slug().value())
                                        .orElse("city #" + id))
                        .orElse("");
    }

    private Map<Long, City> cityById() {
        return cities.findAll().stream().collect(Collectors.toMap(City::id, Function.identity()));
    }

    private AccountSummary summary(AccountRow row, Map<Long, City> cities) {
        Optional<City> city = row.user().cityId().map(cities::get);
        AccountStatus status = !row.enabled()
                ? AccountStatus.DISABLED
                : row.passwordHash().isPresent() ? AccountStatus.ACTIVE : AccountStatus.INVITED;
        return new AccountSummary(
                row.user(),
                city.map(City::name),
                city.map(c -> c.slug().value()),
                status,
                row.demo(),
                row.createdAt(),
                row.lastSignInAt(),
                invitations.findOpen(row.user().id()).map(InvitationStore.InvitationRow::expiresAt));
    }
}
