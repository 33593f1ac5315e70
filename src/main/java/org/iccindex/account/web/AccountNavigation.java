package org.iccindex.account.web;

import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.account.Role;
import org.springframework.stereotype.Component;

/**
 * Tells every page who is signed in, for the links in the header (questionnaire, reports, my account,
 * administration, sign out). The header asks this bean itself ({@code @accountNavigation.current()}) rather than
 * reading a model attribute, so pages rendered for a refused or failed request show the signed-in person too.
 */
@Component("accountNavigation")
class AccountNavigation {
    /** The signed-in person as the header shows them. */
    record NavAccount(String displayName, boolean administrator, boolean programmeStaff) {}

    private final CurrentUsers users;

    AccountNavigation(CurrentUsers users) {
        this.users = users;
    }

    /** The signed-in person, or null for a visitor. */
    public NavAccount current() {
        Optional<CurrentUser> user = users.current();
        return user.map(u -> new NavAccount(u.displayName(), u.role() == Role.ADMINISTRATOR, u.isProgrammeStaff()))
                .orElse(null);
    }
}
