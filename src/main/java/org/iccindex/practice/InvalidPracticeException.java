package org.iccindex.practice;

import java.util.List;

/** A practice that breaks {@link PracticeRules}: nothing was stored; every problem is listed. */
public class InvalidPracticeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidPracticeException(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(FieldProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
