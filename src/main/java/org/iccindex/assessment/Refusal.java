package org.iccindex.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An action the rules do not allow, with why and, where it helps, the items concerned (e.g. the missing
 * questions). Pages show it with the message {@code refusal.<reason>} of the assessment bundle.
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why an action was refused. */
    public enum Reason {
        /** The person's role may not do this (e.g. a contributor submitting). */
        NOT_ALLOWED,
        /** The round is not in a status where this action applies. */
        WRONG_STATUS,
        /** Answers cannot change in the round's status (submitted, validated, published). */
        NOT_EDITABLE,
        /** Mandatory answers are missing or carried-over answers are not confirmed yet. */
        INCOMPLETE,
        /** Review queries are still open. */
        OPEN_QUERIES,
        /** Returning a round, raising a query or replying needs a text. */
        TEXT_REQUIRED,
        /** The city already has a round of this edition for that year. */
        ROUND_EXISTS,
        /** The city has a round that is not published yet: finish it first. */
        UNFINISHED_ROUND,
        /** A result for this city, edition and year is already stored (e.g. imported from a report). */
        RESULT_EXISTS,
        /** Someone changed the round meanwhile; reload and try again. */
        CHANGED_MEANWHILE,
        /** An answer does not fit its question. */
        INVALID_ANSWER,
        /** An uploaded file was refused (type or size). */
        FILE_REJECTED,
        /** A link is not an http(s) address. */
        INVALID_LINK,
        /** The query is already resolved. */
        QUERY_RESOLVED,
        /** A review request names no area (or an area the round's edition does not have). */
        NO_AREA,
        /** A text is longer than allowed. */
        TEXT_TOO_LONG,
        /** The round already has a review request that is open or being corrected. */
        REQUEST_PENDING,
        /** The round has no open review request to decide on. */
        NO_OPEN_REQUEST,
        /** In a correction, only the answers of the contested areas change. */
        NOT_CONTESTED;

        /** The message key of this reason in the assessment bundle. */
        public String messageKey() {
            return "refusal." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final List<String> details;

    public Refusal(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public Refusal(Reason reason, String message, List<String> details) {
        super(message + (details.isEmpty() ? "" : ": " + String.join(", ", details)));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.details = List.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> details() {
        return details;
    }
}
