package org.iccindex.assessment;

import java.util.List;
import org.iccindex.definition.QuestionCode;

/**
 * What stands between a round and its submission: mandatory questions without an answer, and answers carried over
 * from the previous round that nobody has confirmed yet (both in questionnaire order).
 */
public record Completeness(List<QuestionCode> missingMandatory, List<QuestionCode> unconfirmed) {
    public Completeness {
        missingMandatory = List.copyOf(missingMandatory);
        unconfirmed = List.copyOf(unconfirmed);
    }

    public boolean isComplete() {
        return missingMandatory.isEmpty() && unconfirmed.isEmpty();
    }
}
