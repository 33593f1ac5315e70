package org.iccindex.assessment.persistence;

import java.time.Instant;
import java.util.Optional;
import org.iccindex.assessment.Actor;
import org.iccindex.definition.QuestionCode;

/**
 * One answer as stored: {@code value} in its stored form (see AnswerCodec), {@code notApplicable} the justification
 * of a "not applicable" answer.
 */
public record AnswerRow(
        long id,
        long roundId,
        QuestionCode question,
        Optional<String> value,
        Optional<String> notApplicable,
        String evidenceNote,
        boolean carriedOver,
        int version,
        Optional<Actor> updatedBy,
        Optional<Instant> updatedAt) {

    /** The stored content, without who and when. */
    public record Content(Optional<String> value, Optional<String> notApplicable, String evidenceNote) {}

    public Content content() {
        return new Content(value, notApplicable, evidenceNote);
    }
}
