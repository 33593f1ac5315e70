package org.iccindex.account;

import java.time.LocalDateTime;
import java.util.List;
import org.iccindex.account.persistence.OutboxStore;
import org.springframework.stereotype.Service;

/** Reading the outbox: the messages the outbox mail sender kept instead of sending. */
@Service
public class Outbox {
    /** One message of the outbox. */
    public record Message(long id, String recipient, String subject, String body, LocalDateTime createdAt) {}

    private final OutboxStore store;

    Outbox(OutboxStore store) {
        this.store = store;
    }

    public List<Message> latest(int limit) {
        return store.latest(limit).stream()
                .map(r -> new Message(r.id(), r.recipient(), r.subject(), r.body(), r.createdAt()))
                .toList();
    }
}
