package org.iccindex.site.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.result.BenchmarkChoice;

/**
 * The {@code benchmark} and {@code snapshot} parameters of a city's page and of the API, read with
 * {@link BenchmarkChoice}'s rule; a value that cannot be used is a located problem.
 */
public record BenchmarkParams(Optional<BenchmarkChoice> asked, Optional<LocalDate> date) {

    public static BenchmarkParams read(String benchmark, String snapshot, List<QueryProblem> problems) {
        Optional<LocalDate> date = LeagueParams.date("snapshot", snapshot, problems);
        try {
            return new BenchmarkParams(BenchmarkChoice.named(benchmark), date);
        } catch (IllegalArgumentException unknown) {
            problems.add(new QueryProblem("benchmark", benchmark, "expected " + BenchmarkChoice.EXPECTED));
            return new BenchmarkParams(Optional.empty(), date);
        }
    }

    /** Whether the visitor asked for a benchmark (by name or by a sample date) rather than taking the default. */
    public boolean explicit() {
        return asked.isPresent() || date.isPresent();
    }

    /** The published averages to show for a round whose own are {@code own}; empty for the held sample. */
    public Optional<PublishedSnapshot> against(Optional<PublishedSnapshot> own, List<QueryProblem> problems) {
        try {
            return BenchmarkChoice.against(asked, date, own);
        } catch (BenchmarkChoice.NoPublishedBenchmark none) {
            problems.add(new QueryProblem(
                    "benchmark", "published", "this round has no published benchmark; use benchmark=sample"));
            return Optional.empty();
        }
    }
}
