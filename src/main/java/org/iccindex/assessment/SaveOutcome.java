package org.iccindex.assessment;

import java.util.Objects;

/** What became of saving one answer. */
public sealed interface SaveOutcome {
    /** Saved (or already stored exactly so: {@code changed} false). */
    record Saved(StoredAnswer answer, boolean changed) implements SaveOutcome {
        public Saved {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * Refused: someone saved this answer after the version the save was based on. Both versions are kept for the
     * person to choose: {@code theirs} as stored, {@code yours} as it was sent.
     */
    record Conflict(StoredAnswer theirs, AnswerState yours) implements SaveOutcome {
        public Conflict {
            Objects.requireNonNull(theirs, "theirs");
            Objects.requireNonNull(yours, "yours");
        }
    }
}
