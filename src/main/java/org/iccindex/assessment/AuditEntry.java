package org.iccindex.assessment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.QuestionCode;

/**
 * One line of a round's history: who changed what, when, from what to what. {@code before} and {@code after} are
 * stored as written (answers as JSON of their stored form, see {@link AnswerCodec}); {@code batch} groups the
 * entries of one workbook or file upload.
 */
public record AuditEntry(
        long id,
        long roundId,
        Optional<QuestionCode> question,
        Subject subject,
        Action action,
        Actor actor,
        Instant at,
        Optional<String> before,
        Optional<String> after,
        Optional<String> batch) {

    /** What the entry is about. */
    public enum Subject {
        ROUND,
        ANSWER,
        EVIDENCE,
        QUERY,
        /** A review request on the published round (contesting its result). */
        REQUEST
    }

    /** What happened. */
    public enum Action {
        /** A round was started (after: the round it was copied from, if any). */
        ROUND_STARTED,
        /** A round changed status (before/after: the statuses; the reason of a return follows the status). */
        STATUS_CHANGED,
        /** An answer (value, "not applicable" or evidence note) changed. */
        ANSWER_CHANGED,
        /** A carried-over answer was confirmed unchanged. */
        ANSWER_CONFIRMED,
        /** A link or file was added (after: its description). */
        EVIDENCE_ADDED,
        /** A link or file was removed (before: its description; the row itself stays). */
        EVIDENCE_REMOVED,
        /** A review query was raised (after: its text). */
        QUERY_RAISED,
        /** Someone replied in a query's thread (after: the reply). */
        QUERY_REPLIED,
        /** An analyst resolved a query. */
        QUERY_RESOLVED,
        /** The city asked for a review of a published result (after: the areas, the reason and the evidence). */
        REVIEW_REQUESTED,
        /** An analyst declined a review request (after: the reason). */
        REVIEW_DECLINED,
        /** An analyst accepted a review request: the round is reopened for a correction (after: the areas). */
        REVIEW_ACCEPTED,
        /** The correction was published as a new version of the result (after: that version). */
        CORRECTION_PUBLISHED
    }

    public AuditEntry {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(batch, "batch");
    }
}
