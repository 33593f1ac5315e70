package org.iccindex.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in for the current request, if anyone. */
@Component
public class CurrentUsers {
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The signed-in user; for pages that require a sign-in (the security configuration guarantees one). */
    public CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }
}
