package org.iccindex.result;

import java.util.List;
import org.iccindex.shared.Counted;

/** A file was rejected whole: nothing was imported. Carries every problem found, each with its row and column. */
public class ImportRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<TableProblem> problems;

    public ImportRejectedException(List<TableProblem> problems) {
        super(Counted.of(problems.size(), "problem", "problems") + ", nothing imported:\n  "
                + String.join(
                        "\n  ", problems.stream().map(TableProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<TableProblem> problems() {
        return problems;
    }
}
