package org.iccindex.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one file, so that every problem is reported at once rather than the first only. */
public final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(int line, String key, String message) {
        list.add(new Problem(Problem.Severity.ERROR, file, line, key, message));
    }

    public void warning(int line, String key, String message) {
        list.add(new Problem(Problem.Severity.WARNING, file, line, key, message));
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }
}
