package org.iccindex.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.account.Role;
import org.iccindex.definition.QuestionCode;

/**
 * A question an analyst raises on one answer, and its thread: the first message is the query itself, the city and
 * analysts reply after it. Open queries block the round's validation until an analyst resolves them.
 */
public record ReviewQuery(
        long id,
        long roundId,
        QuestionCode question,
        Status status,
        Actor raisedBy,
        Instant raisedAt,
        Optional<Actor> resolvedBy,
        Optional<Instant> resolvedAt,
        List<Message> messages) {

    public enum Status {
        /** Waiting for an answer or for the analyst's decision. */
        OPEN,
        /** Closed by an analyst. */
        RESOLVED
    }

    /** One message of the thread. */
    public record Message(long id, Actor author, Role role, String body, Instant at) {
        public Message {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(body, "body");
        }
    }

    public ReviewQuery {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(status, "status");
        messages = List.copyOf(messages);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Whether the city has the last word (it replied after the analyst's last message). */
    public boolean answeredByCity() {
        return !messages.isEmpty() && messages.get(messages.size() - 1).role().isCityRole();
    }
}
