package org.iccindex.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.AnswerSet;

/** A round's answers read against its definition: completeness, and the answer set the engine scores. */
public record RoundContents(Definition definition, Map<QuestionCode, StoredAnswer> answers) {
    public RoundContents {
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public static RoundContents of(Definition definition, List<StoredAnswer> stored) {
        Map<QuestionCode, StoredAnswer> byQuestion = new LinkedHashMap<>();
        for (StoredAnswer answer : stored) {
            byQuestion.put(answer.question(), answer);
        }
        return new RoundContents(definition, byQuestion);
    }

    public Optional<StoredAnswer> answer(QuestionCode question) {
        return Optional.ofNullable(answers.get(question));
    }

    /** Mandatory questions without an answer and carried-over answers not confirmed, in questionnaire order. */
    public Completeness completeness() {
        List<QuestionCode> missing = new ArrayList<>();
        List<QuestionCode> unconfirmed = new ArrayList<>();
        for (Question question : definition.questions()) {
            Optional<StoredAnswer> answer = answer(question.code());
            boolean given = answer.map(StoredAnswer::isGiven).orElse(false);
            if (question.mandatory() && !given) {
                missing.add(question.code());
            }
            if (answer.map(StoredAnswer::carriedOver).orElse(false)) {
                unconfirmed.add(question.code());
            }
        }
        return new Completeness(missing, unconfirmed);
    }

    /** The answers as the engine scores them (carried-over answers included: the preview is provisional anyway). */
    public AnswerSet answerSet() {
        Map<QuestionCode, Answer> given = new LinkedHashMap<>();
        answers.forEach((code, stored) -> stored.state().answer().ifPresent(a -> given.put(code, a)));
        return new AnswerSet(definition.edition(), given);
    }
}
