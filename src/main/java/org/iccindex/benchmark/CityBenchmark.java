package org.iccindex.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.iccindex.scoring.Rounding;

/**
 * One city's round set against its benchmark: the comparison table (per metric the city's figure, the figure it is
 * compared with and, per comparison group, the group's statistics and the city's rank) and the rank statements of its
 * aggregate as data, or the reason it has none. Built once by {@link CityBenchmarks} and rendered, never recomputed,
 * by every place that shows a benchmark: the report ({@code report.draft}: figures, charts and rank statements), the
 * city page ({@code site.web.CityController} and {@code PublishedComparison}), the open-data API ({@code
 * site.api.CitiesApi}), the command line ({@code cli benchmark}: table, JSON and CSV) and the good-practice
 * recommendations ({@code practice.RecommendationEngine}: the figures a city falls short of).
 *
 * <p>Against a published snapshot ({@code published} present: a real city against the averages its own report
 * quoted, or a snapshot asked for) the reference of each metric is the snapshot's average, there are no group means
 * and no ranks ({@code groups} keep only their sizes, to describe the held sample), and a metric either side lacks
 * is not compared. Against the held sample the reference is the whole sample's mean, and each group carries its
 * statistics and the city's rank among the cities of its own kind (real or fictional).
 *
 * @param city the city as benchmarked: against a published snapshot, its figures as published
 * @param figuresPublished whether the city's figures come from a published source: a missing one is "not
 *     published", not "not answered"
 * @param published the published snapshot the city is set against, if any
 * @param heldDate the date of the held sample the city is (or would be) ranked in
 * @param heldSize the number of cities in that sample
 * @param fictionalInSample how many of them are fictional cities of the demo data
 * @param metrics the aggregate, the lens (where the edition has one) and every scored area, in report order
 * @param groups the held sample's groups the city is compared with: the whole sample first, then its bands, then
 *     the cities that answered each new area it answered
 * @param rows one per metric, in {@code metrics} order
 * @param rankStatements the aggregate's rank statements; empty with a reason in {@code noRanks}
 */
public record CityBenchmark(
        SampleEntry city,
        boolean figuresPublished,
        Optional<PublishedSnapshot> published,
        LocalDate heldDate,
        int heldSize,
        long fictionalInSample,
        List<Metric> metrics,
        List<GroupComparison> groups,
        List<Row> rows,
        List<RankStatement> rankStatements,
        Optional<NoRanks> noRanks) {

    public CityBenchmark {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(heldDate, "heldDate");
        metrics = List.copyOf(metrics);
        groups = List.copyOf(groups);
        rows = List.copyOf(rows);
        rankStatements = List.copyOf(rankStatements);
        Objects.requireNonNull(noRanks, "noRanks");
        if (rankStatements.isEmpty() == noRanks.isEmpty()) {
            throw new IllegalArgumentException("rank statements or the reason there are none, not both");
        }
    }

    /**
     * One metric: the city's figure, the figure it is compared with (the published average, or the whole sample's
     * mean), the difference of the two as shown in whole numbers, or why there is no comparison.
     */
    public record Row(Metric metric, OptionalDouble value, OptionalDouble reference, Optional<Gap> gap) {
        public Row {
            Objects.requireNonNull(metric, "metric");
            if (gap.isPresent() == (value.isPresent() && reference.isPresent())) {
                throw new IllegalArgumentException("a gap exactly when a figure is missing");
            }
        }

        /** The city's figure less the reference, both rounded as shown; empty when there is no comparison. */
        public OptionalInt difference() {
            return CityBenchmark.difference(value, reference);
        }
    }

    /** A figure less another, both rounded as shown; empty when either is missing. */
    public static OptionalInt difference(OptionalDouble value, OptionalDouble reference) {
        return value.isPresent() && reference.isPresent()
                ? OptionalInt.of(Rounding.whole(value.getAsDouble()) - Rounding.whole(reference.getAsDouble()))
                : OptionalInt.empty();
    }

    /** Why a metric is not compared. */
    public enum Gap {
        /** The benchmark gives no figure for it (a published snapshot without that average, or no city with it). */
        NO_REFERENCE,
        /** The city has no figure for it ("not published" when its figures come from a published source). */
        NO_FIGURE
    }

    /**
     * A rank statement as data: the metric, the city's place among the cities of its kind that have the figure
     * ({@code withFigure} counts both kinds), and the group it ranks in (empty: the cities that answered every new
     * area, one statement for them all when the city holds the same place in each).
     */
    public record RankStatement(
            Metric metric, RankPosition rank, int withFigure, Optional<ComparisonGroup> group, boolean synthetic) {
        public RankStatement {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(rank, "rank");
            Objects.requireNonNull(group, "group");
        }
    }

    /** Why a city has no rank statement. */
    public enum NoRanks {
        /** Set against a published snapshot: the report it comes from gives no ranks. */
        PUBLISHED_SNAPSHOT,
        /** The city has no aggregate ("not published" when its figures come from a published source). */
        NO_FIGURE,
        /** The city is the only one of its kind (real or fictional) with the figure in each of its groups. */
        ALONE_OF_ITS_KIND
    }

    /** Whether the city is set against a published snapshot rather than the held sample. */
    public boolean againstPublished() {
        return published.isPresent();
    }

    /** The sample the figures are compared with: the published snapshot's size, or the held sample's. */
    public int sampleSize() {
        return published.map(PublishedSnapshot::sampleSize).orElse(heldSize);
    }

    /** The date of the benchmark: the published snapshot's, or the held sample's. */
    public LocalDate date() {
        return published.map(PublishedSnapshot::date).orElse(heldDate);
    }

    /**
     * Whether a real city is compared with a held sample that holds fictional cities (only when asked for): every
     * mean shown is then labelled as counting fictional cities.
     */
    public boolean realAgainstFictional() {
        return published.isEmpty() && !city.synthetic() && fictionalInSample > 0;
    }

    public Row row(Metric metric) {
        return rows.stream()
                .filter(r -> r.metric().equals(metric))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + metric.code()));
    }

    public GroupComparison wholeSample() {
        return groups.get(0);
    }

    public Optional<GroupComparison> group(ComparisonGroup group) {
        return groups.stream().filter(g -> g.group().equals(group)).findFirst();
    }

    /** The groups shown as the columns of a table: the whole sample and the city's bands. */
    public List<GroupComparison> columns() {
        return groups.stream()
                .filter(g -> !(g.group() instanceof ComparisonGroup.AnsweredArea))
                .toList();
    }
}
