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

    /** This answer as {@link AnswerStore#update} leaves it: the new content, confirmed, one version on. */
    public AnswerRow written(Content content, Actor by, Instant at) {
        return new AnswerRow(
                id,
                roundId,
                question,
                content.value(),
                content.notApplicable(),
                content.evidenceNote(),
                false,
                version + 1,
                Optional.of(by),
                Optional.of(at));
    }

    public Content content() {
        return new Content(value, notApplicable, evidenceNote);
    }
}
