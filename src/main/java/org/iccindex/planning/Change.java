package org.iccindex.planning;

import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.AnswerSet;

/** One answer changed: {@code question} answered {@code to} instead of {@code from} (empty: unanswered). */
public record Change(QuestionCode question, Optional<Answer> from, Answer to) {
    public Change {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The answers with this change made; every other answer is kept as it is. */
    public AnswerSet applyTo(AnswerSet answers) {
        var changed = new java.util.LinkedHashMap<>(answers.answers());
        changed.put(question, to);
        return new AnswerSet(answers.edition(), changed);
    }
}
