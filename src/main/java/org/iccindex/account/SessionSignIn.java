package org.iccindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.iccindex.account.persistence.AccountStore;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a person in without the sign-in form, after they set their password through an invitation link. */
@Component
public class SessionSignIn {
    private final AccountUserDetailsService details;
    private final AccountStore store;
    private final AccountAudit audit;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    private final Clock clock;

    SessionSignIn(AccountUserDetailsService details, AccountStore store, AccountAudit audit, Clock clock) {
        this.clock = clock;
        this.details = details;
        this.store = store;
        this.audit = audit;
    }

    /**
     * Gives this browser's session the account as it is now stored (after a password change), so that it stays
     * signed in while the account's other sessions end at their next request ({@link ActiveAccountFilter}).
     */
    public void refresh(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = (AccountPrincipal) details.loadUserByUsername(user.username());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** Signs {@code user} in for this browser, under a new session id (no session fixation). */
    public void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = (AccountPrincipal) details.loadUserByUsername(user.username());
        if (!principal.isEnabled()) {
            throw new IllegalStateException("account " + user.username() + " cannot sign in");
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        store.recordSignIn(user.id(), clock.instant());
        audit.record(Optional.of(principal.user()), AuditAction.SIGNED_IN, user.username(), "after setting a password");
    }
}
