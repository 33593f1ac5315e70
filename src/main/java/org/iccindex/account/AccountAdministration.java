package org.iccindex.account;

import java.util.List;
import java.util.Optional;
import org.iccindex.account.persistence.AccountRow;
import org.iccindex.account.persistence.AccountStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to existing accounts: disable and enable them. A disabled account cannot sign in, and a
 * session it still has ends at its next request.
 */
@Service
public class AccountAdministration {
    private final AccountStore store;
    private final AccountAudit audit;

    AccountAdministration(AccountStore store, AccountAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * @throws InvalidInputException when an administrator tries to disable their own account (they would lock
     *     themselves out, possibly leaving no administrator)
     */
    @Transactional
    public void disable(CurrentUser administrator, long accountId) {
        requireAdministrator(administrator);
        AccountRow row = store.findById(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        if (row.user().id() == administrator.id()) {
            throw new InvalidInputException(List.of(FieldProblem.of(
                    "account", "account.problem.disable.self", "administrators cannot disable their own account")));
        }
        if (row.enabled()) {
            store.setEnabled(accountId, false);
            audit.record(
                    Optional.of(administrator),
                    AuditAction.ACCOUNT_DISABLED,
                    row.user().username(),
                    "");
        }
    }

    @Transactional
    public void enable(CurrentUser administrator, long accountId) {
        requireAdministrator(administrator);
        AccountRow row = store.findById(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        if (!row.enabled()) {
            store.setEnabled(accountId, true);
            audit.record(
                    Optional.of(administrator),
                    AuditAction.ACCOUNT_ENABLED,
                    row.user().username(),
                    "");
        }
    }

    static void requireAdministrator(CurrentUser user) {
        if (user.role() != Role.ADMINISTRATOR) {
            throw new org.springframework.security.access.AccessDeniedException("administrators only");
        }
    }

    /** No account has this id. */
    public static class UnknownAccountException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownAccountException(long id) {
            super("no account #" + id);
        }
    }
}
