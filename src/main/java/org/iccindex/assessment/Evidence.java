package org.iccindex.assessment;

import java.time.Instant;
import java.util.Optional;

/** A link or an uploaded file supporting an answer; a removed one keeps its row with who removed it and when. */
public record Evidence(
        long id,
        long answerId,
        long roundId,
        String questionCode,
        Kind kind,
        Optional<String> url,
        Optional<String> label,
        Optional<String> fileName,
        Optional<String> contentType,
        long sizeBytes,
        Optional<String> sha256,
        Actor addedBy,
        Instant addedAt,
        Optional<Actor> removedBy,
        Optional<Instant> removedAt) {

    public enum Kind {
        LINK,
        FILE
    }

    public boolean isRemoved() {
        return removedAt.isPresent();
    }
}
