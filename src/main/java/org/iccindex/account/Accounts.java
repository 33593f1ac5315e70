package org.iccindex.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iccindex.account.persistence.AccountRow;
import org.iccindex.account.persistence.AccountStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and setting passwords; usernames are e-mail addresses, stored in lower case. */
@Service
public class Accounts {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountStore store;
    private final PasswordEncoder encoder;

    Accounts(AccountStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    /**
     * Creates an account; {@code password} empty leaves it without one (it cannot sign in until a password is set).
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    @Transactional
    public CurrentUser create(
            String username,
            String displayName,
            Role role,
            Optional<Long> cityId,
            Optional<String> password,
            boolean demo) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalized).matches()) {
            throw new IllegalArgumentException("username: an e-mail address is expected, found '" + username + "'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name: required");
        }
        if (role.isCityRole() != cityId.isPresent()) {
            throw new IllegalArgumentException(
                    "city: " + (role.isCityRole() ? "required for a " : "not allowed for an ")
                            + role.name().toLowerCase(Locale.ROOT));
        }
        if (store.findByUsername(normalized).isPresent()) {
            throw new IllegalArgumentException("username: an account '" + normalized + "' already exists");
        }
        password.ifPresent(Accounts::checkPassword);
        long id = store.insert(normalized, displayName.trim(), role, cityId, password.map(encoder::encode), demo);
        return store.findById(id).map(AccountRow::user).orElseThrow();
    }

    public Optional<CurrentUser> find(String username) {
        return store.findByUsername(username.trim().toLowerCase(Locale.ROOT)).map(AccountRow::user);
    }

    /** The demo accounts (only ever created in a demo run), for the sign-in page. */
    public List<CurrentUser> demoAccounts() {
        return store.findDemoAccounts().stream().map(AccountRow::user).toList();
    }

    public boolean hasAdministrator() {
        return store.anyWithRole(Role.ADMINISTRATOR);
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
