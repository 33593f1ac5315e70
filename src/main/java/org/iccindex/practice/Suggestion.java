package org.iccindex.practice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One practice suggested to a city for one area, and why: {@code reasons} in the language asked for, e.g. "Bergen:
 * 100 in Mediation and conflict resolution", "same population band (200,000 to 500,000 inhabitants)".
 * {@code peerCity} is our city's slug when the practice's city is one of ours; {@code peerScore} its score in the
 * area when it has one. {@code pinned}: an analyst chose to keep it.
 */
public record Suggestion(
        long practiceId,
        String slug,
        String title,
        String summary,
        String place,
        boolean synthetic,
        Basis basis,
        Optional<String> peerCity,
        OptionalDouble peerScore,
        double similarity,
        List<String> reasons,
        boolean pinned) {

    public Suggestion {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(basis, "basis");
        reasons = List.copyOf(reasons);
    }

    /** The reasons in one line, separated by semicolons. */
    public String why() {
        return String.join("; ", reasons);
    }

    Suggestion pinned(boolean value) {
        return new Suggestion(
                practiceId,
                slug,
                title,
                summary,
                place,
                synthetic,
                basis,
                peerCity,
                peerScore,
                similarity,
                reasons,
                value);
    }

    /** What the suggestion rests on. */
    public enum Basis {
        /** The practice's city is in the sample and scores high in the area. */
        PEER_RESULT,
        /** The practice's city has a result, but without a figure for this area. */
        NO_AREA_SCORE,
        /** The practice's city has no result in our database. */
        NO_RESULT,
        /** A programme's practice, not one city's. */
        PROGRAMME,
        /** Not among the engine's suggestions: an analyst pinned it. */
        ANALYST_CHOICE
    }
}
