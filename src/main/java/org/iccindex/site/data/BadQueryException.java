package org.iccindex.site.data;

import java.util.List;

/** A request named something that does not exist or cannot be read; answered with 400 and every problem. */
public class BadQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<QueryProblem> problems;

    public BadQueryException(List<QueryProblem> problems) {
        super(String.join("; ", problems.stream().map(QueryProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public BadQueryException(String parameter, String value, String message) {
        this(List.of(new QueryProblem(parameter, value, message)));
    }

    public List<QueryProblem> problems() {
        return problems;
    }
}
