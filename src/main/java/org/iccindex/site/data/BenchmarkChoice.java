package org.iccindex.site.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.benchmark.PublishedSnapshot;

/**
 * What a city's round is set against on the public pages and the API: the averages its own published report
 * quoted (the default for a real city whose round has them), or the held sample (fictional demo cities included),
 * only when asked for with {@code benchmark=sample}.
 */
public enum BenchmarkChoice {
    /** The averages the city's own report published: no ranks, no group means. */
    PUBLISHED,
    /** The held sample of the day, with its groups and ranks. */
    SAMPLE;

    /** The choice named by the {@code benchmark} parameter, if any; a value it cannot use is a located problem. */
    public static Optional<BenchmarkChoice> parse(String value, List<QueryProblem> problems) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (BenchmarkChoice choice : values()) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(value.strip())) {
                return Optional.of(choice);
            }
        }
        problems.add(new QueryProblem("benchmark", value, "expected published or sample"));
        return Optional.empty();
    }

    /**
     * The published snapshot to show for {@code result}, when it should be shown: a real city's round whose report
     * published one, unless the sample was asked for. Asking for {@code published} where there is none is a problem.
     */
    public static Optional<PublishedSnapshot> resolve(
            Optional<BenchmarkChoice> asked, Optional<PublishedSnapshot> own, List<QueryProblem> problems) {
        if (asked.orElse(PUBLISHED) == SAMPLE) {
            return Optional.empty();
        }
        if (own.isEmpty() && asked.isPresent()) {
            problems.add(new QueryProblem(
                    "benchmark", "published", "this round has no published benchmark; use benchmark=sample"));
        }
        return own;
    }
}
