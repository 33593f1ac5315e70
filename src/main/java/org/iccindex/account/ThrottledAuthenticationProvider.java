package org.iccindex.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.iccindex.account.persistence.AccountStore;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the {@link LoginThrottle}: each attempt is counted and admitted (or refused) in one step
 * before its password is looked at; every outcome is audited.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountStore store;
    private final AccountAudit audit;
    private final Clock clock;

    ThrottledAuthenticationProvider(
            DaoAuthenticationProvider passwords,
            LoginThrottle throttle,
            AccountStore store,
            AccountAudit audit,
            Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Accounts.normalize(authentication.getName());
        Optional<String> address = address(authentication);
        LoginThrottle.Result admission = throttle.admit(username, address.orElse(null));
        if (admission instanceof LoginThrottle.Result.Refused refused) {
            audit.recordAnonymous(AuditAction.SIGN_IN_LOCKED, username, "refused until " + refused.retryAt(), address);
            throw new SignInLockedException(refused.retryAt());
        }
        LoginThrottle.Attempt attempt = ((LoginThrottle.Result.Admitted) admission).attempt();
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            Optional<Instant> lock = throttle.failed(attempt);
            audit.recordAnonymous(
                    AuditAction.SIGN_IN_REFUSED,
                    username,
                    lock.map(l -> "locked until " + l).orElse(""),
                    address);
            if (lock.isPresent()) {
                throw new SignInLockedException(lock.get());
            }
            throw e;
        }
        throttle.succeeded(attempt);
        if (result.getPrincipal() instanceof AccountPrincipal principal) {
            store.recordSignIn(principal.user().id(), clock.instant());
            audit.record(Optional.of(principal.user()), AuditAction.SIGNED_IN, username, "");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static Optional<String> address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return Optional.ofNullable(details.getRemoteAddress());
        }
        return Optional.empty();
    }
}
