package org.iccindex.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.account.persistence.OutboxStore;
import org.springframework.stereotype.Service;

/** Reading the outbox: every message to a person, and whether it was sent, waits, or was given up. */
@Service
public class Outbox {
    /** One message of the outbox. */
    public record Message(
            long id, String recipient, String subject, String body, Instant createdAt, Delivery delivery) {}

    /**
     * Where a message stands: {@code at} is when it was sent, when it was given up, or the last failed try (empty
     * when it waits for its first try); {@code lastError} the error of the last failed try.
     */
    public record Delivery(State state, int attempts, Optional<Instant> at, Optional<String> lastError) {}

    /** The states of a message's delivery. */
    public enum State {
        /** Waiting to be sent: not tried yet, or tried and failed fewer than {@code icc.mail.max-attempts} times. */
        WAITING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Not sent and no longer tried: every allowed try failed, or it predates mail delivery. */
        GIVEN_UP
    }

    private final OutboxStore store;
    private final MailProperties properties;

    Outbox(OutboxStore store, MailProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** Whether the outbox is sent by SMTP ({@code icc.mail.enabled}); if not, people forward its messages by hand. */
    public boolean delivered() {
        return properties.enabled();
    }

    public List<Message> latest(int limit) {
        return store.latest(limit).stream().map(Outbox::message).toList();
    }

    private static Message message(OutboxStore.OutboxRow r) {
        Delivery delivery;
        if (r.sentAt().isPresent()) {
            delivery = new Delivery(State.SENT, r.attempts(), r.sentAt(), r.lastError());
        } else if (r.givenUpAt().isPresent()) {
            delivery = new Delivery(State.GIVEN_UP, r.attempts(), r.givenUpAt(), r.lastError());
        } else {
            delivery = new Delivery(State.WAITING, r.attempts(), r.lastAttemptAt(), r.lastError());
        }
        return new Message(r.id(), r.recipient(), r.subject(), r.body(), r.createdAt(), delivery);
    }
}
