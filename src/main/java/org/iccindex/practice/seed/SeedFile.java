package org.iccindex.practice.seed;

import java.util.List;
import org.iccindex.shared.Problem;

/** A seed file read whole: its practices when it has no error, and every problem found. */
public record SeedFile(String name, List<SeedPractice> practices, List<Problem> problems) {
    public SeedFile {
        practices = List.copyOf(practices);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
