package org.iccindex.result;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.benchmark.PublishedSnapshot;

/**
 * What a city's round is set against: one rule for the public pages, the API, the command line and the report.
 *
 * <ul>
 *   <li>nothing asked: the averages the city's own published report quoted, for a real city's round that has them
 *       ({@link PublishedSnapshots#ofRound}); the held sample otherwise;
 *   <li>the sample, asked for by name or by a sample date: the held sample of that day, fictional demo cities
 *       included (a published benchmark has one date only);
 *   <li>the published averages asked for: the round's own, and an error where it has none.
 * </ul>
 */
public enum BenchmarkChoice {
    /** The averages the city's own report published: no ranks, no group means. */
    PUBLISHED,
    /** The held sample of the day, with its groups and ranks. */
    SAMPLE;

    /** The values a {@code benchmark} parameter or option takes, for messages. */
    public static final String EXPECTED = "published or sample";

    /** The choice a parameter value names ({@code published}, {@code sample}); empty for a blank value. */
    public static Optional<BenchmarkChoice> named(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (BenchmarkChoice choice : values()) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(value.strip())) {
                return Optional.of(choice);
            }
        }
        throw new IllegalArgumentException("'" + value + "': expected " + EXPECTED);
    }

    /**
     * The published averages to set the round against, or empty for the held sample (of {@code sampleDate}, or of
     * the day the round was published).
     *
     * @param asked what was asked for, if anything
     * @param sampleDate a date of the held sample, when one was given: it asks for the sample unless
     *     {@code asked} says otherwise
     * @param own the round's own published benchmark, if its report had one
     * @throws NoPublishedBenchmark when the published averages were asked for and the round has none
     */
    public static Optional<PublishedSnapshot> against(
            Optional<BenchmarkChoice> asked, Optional<LocalDate> sampleDate, Optional<PublishedSnapshot> own) {
        BenchmarkChoice choice = asked.or(() -> sampleDate.map(d -> SAMPLE)).orElse(PUBLISHED);
        if (choice == SAMPLE) {
            return Optional.empty();
        }
        if (own.isEmpty() && asked.isPresent()) {
            throw new NoPublishedBenchmark();
        }
        return own;
    }

    /** The published averages were asked for, and the round has none. */
    public static final class NoPublishedBenchmark extends IllegalArgumentException {
        NoPublishedBenchmark() {
            super("this round has no published benchmark: only a real city's round that its own report benchmarked"
                    + " has one");
        }
    }
}
