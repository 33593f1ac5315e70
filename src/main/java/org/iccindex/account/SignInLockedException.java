package org.iccindex.account;

import java.time.LocalDateTime;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without looking at the password: too many failures on this account name or from this client
 * address. Says when to try again, and the same for an account name that exists and one that does not.
 */
public class SignInLockedException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    private final LocalDateTime retryAt;

    SignInLockedException(LocalDateTime retryAt) {
        super("too many failed sign-ins; try again after " + retryAt);
        this.retryAt = retryAt;
    }

    public LocalDateTime retryAt() {
        return retryAt;
    }
}
