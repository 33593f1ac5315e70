package org.iccindex.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.iccindex.account.persistence.AuditStore;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The account audit trail. Entries are only ever added. The client address is taken from the current web request,
 * when there is one.
 */
@Service
public class AccountAudit {
    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    private final AuditStore store;

    private final Clock clock;

    AccountAudit(AuditStore store, Clock clock) {
        this.clock = clock;
        this.store = store;
    }

    /** Records what {@code actor} (empty: the application itself, e.g. at start-up) did to {@code subject}. */
    public void record(Optional<CurrentUser> actor, AuditAction action, String subject, String detail) {
        store.insert(
                clock.instant(),
                actor.map(CurrentUser::id),
                actor.map(CurrentUser::username).orElse(SYSTEM),
                action.name(),
                subject,
                detail,
                clientAddress().orElse(null));
    }

    /** Records something done by a person who is not signed in (a sign-in attempt, an invitation link). */
    void recordAnonymous(AuditAction action, String subject, String detail, Optional<String> address) {
        store.insert(
                clock.instant(),
                Optional.empty(),
                ANONYMOUS,
                action.name(),
                subject,
                detail,
                address.or(AccountAudit::clientAddress).orElse(null));
    }

    /** The newest entries first, all of them or those about one subject (an e-mail address, a city slug). */
    public List<AuditEntry> latest(Optional<String> subject, int limit) {
        return store.latest(subject, limit).stream()
                .map(r -> new AuditEntry(
                        r.occurredAt(),
                        r.actor(),
                        AuditAction.valueOf(r.action()),
                        r.subject(),
                        r.detail() == null ? "" : r.detail(),
                        r.clientAddress() == null ? "" : r.clientAddress()))
                .toList();
    }

    static Optional<String> clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }
}
