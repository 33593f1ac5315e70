package org.iccindex.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.iccindex.account.persistence.AccountRow;
import org.iccindex.account.persistence.AccountStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled (or removed) since it signed in, or whose password changed since
 * (the session holds the password hash it signed in with; the session that changed the password is given the new
 * one): the request goes on as an anonymous one, so a private page asks for a sign-in again. Works with any session
 * store, since the check reads the account, not the other sessions. One primary-key read per signed-in request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {
    private final AccountStore store;

    ActiveAccountFilter(AccountStore store) {
        this.store = store;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            boolean active = store.findById(principal.user().id())
                    .filter(AccountRow::enabled)
                    .filter(r -> r.passwordHash().isPresent())
                    .filter(r -> r.passwordHash().get().equals(principal.getPassword()))
                    .isPresent();
            if (!active) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
