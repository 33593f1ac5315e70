package org.iccindex.assessment.web;

import java.util.List;
import java.util.Optional;

/**
 * The review requests of a round (contesting its published result): the requests with their decisions, the form a
 * coordinator fills in on a published round, and the decision an analyst takes on the open one.
 */
record RequestsPage(
        RoundHeader round,
        List<Line> requests,
        boolean canRequest,
        boolean canDecide,
        List<AreaChoice> areas,
        int maxReason,
        int maxNote,
        String maxFileSize) {

    /** One request: what the city asked and what became of it. */
    record Line(
            long id,
            String status,
            String statusKey,
            List<String> areas,
            String reason,
            Optional<String> note,
            Optional<String> link,
            Optional<String> fileName,
            String requestedBy,
            String requestedAt,
            Optional<String> decidedBy,
            Optional<String> decidedAt,
            Optional<String> declineReason,
            Optional<String> correctedAt,
            boolean open) {}

    /** An area the coordinator may contest. */
    record AreaChoice(String code, String name) {}

    /** What a coordinator typed in a refused request, shown again in the form (a file is not kept). */
    record Typed(List<String> areas, String reason, String note, String link, boolean hadFile) {}
}
