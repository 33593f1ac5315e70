package org.iccindex.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.AreaCode;

/**
 * A city's request to review some area scores of its published round (contesting a published result), with the
 * reason and evidence it gives (a note, a link, a file named {@code fileName}), and the analyst's decision. It stays between the city and the programme: the public
 * only sees that the result was corrected.
 */
public record ReviewRequest(
        long id,
        long roundId,
        Status status,
        List<AreaCode> areas,
        String reason,
        Optional<String> evidenceNote,
        Optional<String> evidenceLink,
        Optional<String> fileName,
        Actor requestedBy,
        Instant requestedAt,
        Optional<Actor> decidedBy,
        Optional<Instant> decidedAt,
        Optional<String> declineReason,
        Optional<Instant> correctedAt) {

    /** Where a request stands: open -> declined, or open -> accepted (correction under way) -> corrected. */
    public enum Status {
        /** Waiting for an analyst's decision. */
        OPEN,
        /** Declined by an analyst, with the reason the city reads. Final. */
        DECLINED,
        /** Accepted: the round is reopened and the city corrects the answers of the contested areas. */
        ACCEPTED,
        /** The correction was published as a new version of the result. Final. */
        CORRECTED;

        /** Whether the request still blocks a new one on the same round. */
        public boolean isPending() {
            return this == OPEN || this == ACCEPTED;
        }
    }

    public ReviewRequest {
        Objects.requireNonNull(status, "status");
        areas = List.copyOf(areas);
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("a review request names at least one area");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidenceNote, "evidenceNote");
        Objects.requireNonNull(evidenceLink, "evidenceLink");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(declineReason, "declineReason");
        Objects.requireNonNull(correctedAt, "correctedAt");
    }
}
