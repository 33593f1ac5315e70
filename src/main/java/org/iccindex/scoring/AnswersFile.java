package org.iccindex.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.QuestionCode;
import org.iccindex.shared.Problem;

/**
 * The outcome of reading an answers file: the answers (with the city and round it names) and the evidence notes given
 * with them, or its errors. Notes are kept apart from the answers: they do not score.
 */
public record AnswersFile(
        Optional<AnswerSet> answers,
        Map<QuestionCode, String> notes,
        Optional<String> city,
        Optional<Integer> round,
        List<Problem> problems) {
    public AnswersFile {
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public boolean isValid() {
        return answers.isPresent() && errors().isEmpty();
    }
}
