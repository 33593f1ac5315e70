package org.iccindex.assessment;

import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.AnswerBounds;
import org.iccindex.scoring.Answer;

/** What an answer holds: the answer itself (empty = unanswered, or "not applicable" with its reason) and the evidence note. */
public record AnswerState(Optional<Answer> answer, String evidenceNote) {
    public static final AnswerState EMPTY = new AnswerState(Optional.empty(), "");

    public AnswerState {
        Objects.requireNonNull(answer, "answer");
        evidenceNote = evidenceNote == null ? "" : AnswerBounds.withoutControls(evidenceNote.strip());
    }

    public boolean isEmpty() {
        return answer.isEmpty() && evidenceNote.isEmpty();
    }
}
