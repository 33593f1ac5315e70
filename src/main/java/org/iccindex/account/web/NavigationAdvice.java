package org.iccindex.account.web;

import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.account.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page who is signed in, for the links in the header (my account, administration, sign out). */
@ControllerAdvice
class NavigationAdvice {
    /** The signed-in person as the header shows them. */
    record NavAccount(String displayName, boolean administrator) {}

    private final CurrentUsers users;

    NavigationAdvice(CurrentUsers users) {
        this.users = users;
    }

    @ModelAttribute("navAccount")
    NavAccount navAccount() {
        Optional<CurrentUser> user = users.current();
        return user.map(u -> new NavAccount(u.displayName(), u.role() == Role.ADMINISTRATOR))
                .orElse(null);
    }
}
