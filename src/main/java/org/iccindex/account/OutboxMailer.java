package org.iccindex.account;

import java.time.Clock;
import org.iccindex.account.persistence.OutboxStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The default {@link Mailer}: writes each message to the outbox table instead of sending it. */
@Component
@ConditionalOnProperty(prefix = "icc.account", name = "mail-sender", havingValue = "outbox", matchIfMissing = true)
class OutboxMailer implements Mailer {
    private final OutboxStore store;

    private final Clock clock;

    OutboxMailer(OutboxStore store, Clock clock) {
        this.clock = clock;
        this.store = store;
    }

    @Override
    public void send(Mail mail) {
        store.insert(mail.to(), mail.subject(), mail.body(), clock.instant());
    }
}
