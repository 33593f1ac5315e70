package org.iccindex.account;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without looking at the password: too many failures on this account name or from this client
 * address. Says when to try again, and the same for an account name that exists and one that does not.
 */
public class SignInLockedException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    SignInLockedException(Instant retryAt) {
        super("too many failed sign-ins; try again after " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
