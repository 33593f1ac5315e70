package org.iccindex.scoring;

import java.util.List;
import java.util.Optional;
import org.iccindex.shared.Problem;

/** The outcome of reading an answers file: the answers (with the city and round it names), or its errors. */
public record AnswersFile(
        Optional<AnswerSet> answers, Optional<String> city, Optional<Integer> round, List<Problem> problems) {
    public AnswersFile {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public boolean isValid() {
        return answers.isPresent() && errors().isEmpty();
    }
}
