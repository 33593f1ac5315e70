package org.iccindex.assessment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.QuestionCode;

/**
 * An answer of a round as stored: its state, whether it was carried over from the previous round and still awaits
 * confirmation, its version (each save adds one; a save based on an older version is refused) and its last change.
 */
public record StoredAnswer(
        long id,
        QuestionCode question,
        AnswerState state,
        boolean carriedOver,
        int version,
        Optional<Actor> updatedBy,
        Optional<Instant> updatedAt) {

    public StoredAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether the question has an answer (not applicable included), carried over or not. */
    public boolean isGiven() {
        return state.answer().isPresent();
    }
}
