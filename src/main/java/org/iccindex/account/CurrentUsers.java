package org.iccindex.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
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

    /**
     * The signed-in user, who must act for {@code cityId} (programme staff, or a coordinator or contributor of that
     * city); anyone else gets 403. For every page and endpoint that shows or changes one city's unpublished data.
     */
    public CurrentUser requireActingFor(long cityId) {
        CurrentUser user = current().orElseThrow(() -> new AccessDeniedException("sign in first"));
        if (!user.actsFor(cityId)) {
            throw new AccessDeniedException("not your city");
        }
        return user;
    }
}
