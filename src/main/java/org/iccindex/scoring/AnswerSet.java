package org.iccindex.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.QuestionCode;

/** A city's answers to one edition; questions absent from the map are unanswered. */
public record AnswerSet(EditionId edition, Map<QuestionCode, Answer> answers) {
    public AnswerSet {
        Objects.requireNonNull(edition, "edition");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public Optional<Answer> answer(QuestionCode code) {
        return Optional.ofNullable(answers.get(code));
    }
}
