package org.iccindex.definition;

import java.util.List;
import org.iccindex.shared.Problem;

/** The outcome of reading a definition: a valid definition (perhaps with warnings), or the errors that reject it. */
public sealed interface DefinitionResult {
    List<Problem> problems();

    record Valid(Definition definition, List<Problem> problems) implements DefinitionResult {
        public Valid {
            problems = List.copyOf(problems);
        }
    }

    record Invalid(List<Problem> problems) implements DefinitionResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    default List<Problem> errors() {
        return problems().stream().filter(Problem::isError).toList();
    }

    default List<Problem> warnings() {
        return problems().stream().filter(p -> !p.isError()).toList();
    }
}
