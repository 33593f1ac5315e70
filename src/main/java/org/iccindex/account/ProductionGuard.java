package org.iccindex.account;

import org.iccindex.account.persistence.AccountStore;
import org.iccindex.shared.Counted;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In a production run, refuses to start on a database that holds demo accounts: their passwords are public (the
 * demo sign-in page prints them). Such a database was loaded with the demo data and is not for production.
 */
@Component
@Profile("production")
@Order(1)
class ProductionGuard implements ApplicationRunner {
    private final AccountStore store;

    ProductionGuard(AccountStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        check();
    }

    void check() {
        long demo = store.countDemoAccounts();
        if (demo > 0) {
            throw new IllegalStateException("This database holds " + Counted.of(demo, "demo account", "demo accounts")
                    + " with published passwords:"
                    + " it was loaded with the demo data. A production run needs a database without it"
                    + " (a new, empty one); the demo runs without the production profile.");
        }
    }
}
