package org.iccindex.account;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first administrator from the environment when the database has none. */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final AccountProperties properties;

    FirstAdministrator(Accounts accounts, AccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAdministrator()) {
            return;
        }
        String username = properties.adminUsername();
        String password = properties.adminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            log.warn(
                    "No administrator account yet: set ICC_ADMIN_USERNAME and ICC_ADMIN_PASSWORD to create the first one"
                            + " (demo data, where it is loaded next, brings its own demo administrator)");
            return;
        }
        try {
            accounts.create(
                    username, "Administrator", Role.ADMINISTRATOR, Optional.empty(), Optional.of(password), false);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(
                    "ICC_ADMIN_USERNAME / ICC_ADMIN_PASSWORD refused (" + e.getMessage() + "): nothing was created", e);
        }
        log.info("Created the first administrator account {}", username);
    }
}
