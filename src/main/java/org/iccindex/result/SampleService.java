package org.iccindex.result;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.CityBenchmarks;
import org.iccindex.benchmark.CityComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.benchmark.Sample;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.benchmark.TiePolicy;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.publication.PublicVersion;
import org.springframework.stereotype.Service;

/**
 * The sample of stored results as of a date, analysed under one edition. Each analysis is computed once per
 * snapshot date and version of the public data (any change to a result changes it), held in a small Caffeine cache
 * and reused by every page and command.
 */
@Service
public class SampleService {
    private static final int CACHE_LIMIT = 64;

    /** An analysis is valid for one edition, snapshot date and version of the public data. */
    private record Key(EditionId edition, LocalDate snapshot, long version) {}

    private final ResultRepository results;
    private final EditionCatalog catalog;
    private final PublicVersion versions;
    private final Cache<Key, SampleAnalysis> cache =
            Caffeine.newBuilder().maximumSize(CACHE_LIMIT).build();

    SampleService(ResultRepository results, EditionCatalog catalog, PublicVersion versions) {
        this.results = results;
        this.catalog = catalog;
        this.versions = versions;
    }

    /** Every stored result as a sample entry under {@code benchmark}. */
    public List<SampleEntry> entries(Definition benchmark) {
        List<SampleEntry> entries = new ArrayList<>();
        for (StoredResult result : results.findAll()) {
            entries.add(entry(result, benchmark));
        }
        return entries;
    }

    public SampleEntry entry(StoredResult result, Definition benchmark) {
        return SampleEntries.of(result, catalog.get(result.edition()), benchmark);
    }

    /** The analysis of the sample as of {@code snapshot} under {@code benchmark}, cached. */
    public SampleAnalysis analysis(Definition benchmark, LocalDate snapshot) {
        Key key = new Key(benchmark.edition(), snapshot, versions.current().version());
        return cache.get(
                key,
                k -> SampleAnalysis.of(benchmark, Sample.asOf(entries(benchmark), snapshot), TiePolicy.WHOLE_NUMBERS));
    }

    /**
     * A city's round against the sample as of {@code snapshot} (default: the day that round was published). The
     * city stands in the sample with that round even when it has a later one. Empty if there is no such round.
     */
    public Optional<Comparison> compare(CitySlug city, OptionalInt round, Optional<LocalDate> snapshot) {
        return compare(
                city, round.isPresent() ? Optional.of(RoundChoice.of(round.getAsInt())) : Optional.empty(), snapshot);
    }

    /**
     * As above, with the round chosen by year and, where two editions have a result that year, by edition (empty:
     * the city's latest result). Throws {@link RoundChoice.AmbiguousRoundException} when the year alone is ambiguous.
     */
    public Optional<Comparison> compare(CitySlug city, Optional<RoundChoice> round, Optional<LocalDate> snapshot) {
        List<StoredResult> rounds = results.findByCity(city);
        Optional<StoredResult> chosen =
                round.isPresent() ? round.get().pick(rounds) : rounds.stream().reduce((a, b) -> b);
        return chosen.map(result -> compare(result, snapshot.orElse(result.publishedOn())));
    }

    private Comparison compare(StoredResult result, LocalDate snapshot) {
        if (snapshot.isBefore(result.publishedOn())) {
            throw new IllegalArgumentException(result.city().slug() + " round " + result.round() + " was published on "
                    + result.publishedOn() + ", after the snapshot date " + snapshot);
        }
        // bands and areas belong to the edition: a result is benchmarked under its own
        Definition benchmark = catalog.get(result.edition());
        SampleEntry entry = entry(result, benchmark);
        SampleAnalysis analysis = analysis(benchmark, snapshot);
        if (!analysis.sample().entry(entry.city()).map(entry::equals).orElse(false)) {
            analysis = SampleAnalysis.of(benchmark, analysis.sample().with(entry), TiePolicy.WHOLE_NUMBERS);
        }
        CityComparison comparison = analysis.compare(entry.city()).orElseThrow();
        return new Comparison(result, benchmark.edition(), comparison, ResultFigures.of(result, benchmark));
    }

    /**
     * The benchmark of a compared round, the one view model the report, the city page, the API and the command line
     * render: against {@code published} when given (a published result's figures as published), else against the
     * held sample of its comparison.
     */
    public CityBenchmark benchmark(Comparison comparison, Optional<PublishedSnapshot> published) {
        CityComparison live = comparison.comparison();
        long fictional =
                analysis(catalog.get(comparison.benchmarkEdition()), live.snapshot()).sample().entries().stream()
                        .filter(SampleEntry::synthetic)
                        .count();
        boolean figuresPublished = comparison.result().origin() == ResultOrigin.PUBLISHED;
        if (published.isEmpty()) {
            return CityBenchmarks.inSample(live, figuresPublished, fictional);
        }
        Map<Metric, Double> figures = figuresPublished
                ? publishedFigures(comparison.result())
                : live.city().values();
        return CityBenchmarks.againstPublished(live, published.get(), figures, figuresPublished, fictional);
    }

    /** A published result's figures as the source gave them: its area scores, lens and aggregate. */
    private static Map<Metric, Double> publishedFigures(StoredResult result) {
        Map<Metric, Double> figures = new LinkedHashMap<>();
        result.aggregatePublished().ifPresent(a -> figures.put(Metric.AGGREGATE, a));
        result.lensPublished().ifPresent(l -> figures.put(Metric.LENS, l));
        result.areaScores().forEach((area, score) -> figures.put(Metric.area(area), score));
        return figures;
    }

    /** A stored result, the edition it is benchmarked under, its comparison and its lens/aggregate figures. */
    public record Comparison(
            StoredResult result, EditionId benchmarkEdition, CityComparison comparison, ResultFigures figures) {}
}
