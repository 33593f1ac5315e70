package org.iccindex.site.data;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.publication.PublicVersion;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.ResultVersions;
import org.iccindex.result.RoundChoice;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.iccindex.site.PublicContent;
import org.springframework.stereotype.Service;

/**
 * The only door through which the public side reads data. Everything it returns is public: rows of the
 * {@code result} table are published results, synthetic demo results and the computed results of the fictional
 * demo cities, all meant for the public; a city without a result (say, one whose only round is a draft) does not
 * exist here. Data is read once per version of the public data (two queries for every result), the sample analysis
 * once per edition, snapshot date and version ({@link SampleService}); a request costs one query to read the version.
 */
@Service
public class PublicResults {
    private final ResultRepository results;
    private final SampleService samples;
    private final EditionCatalog catalog;
    private final List<PublicContent> contributions;
    private final PublicVersion versions;
    private final Clock clock;
    private final PublishedSnapshots snapshots;
    private final ResultVersions resultVersions;

    private volatile Dataset dataset;

    PublicResults(
            ResultRepository results,
            SampleService samples,
            EditionCatalog catalog,
            List<PublicContent> contributions,
            PublicVersion versions,
            Clock clock,
            PublishedSnapshots snapshots,
            ResultVersions resultVersions) {
        this.results = results;
        this.samples = samples;
        this.catalog = catalog;
        this.contributions = List.copyOf(contributions);
        this.versions = versions;
        this.clock = clock;
        this.snapshots = snapshots;
        this.resultVersions = resultVersions;
    }

    /** The public results of the current version of the public data, read again only when that version changed. */
    public Dataset dataset() {
        return dataset(versions.current());
    }

    /** The public results of {@code version} (which the caller has just read), or of a newer one. */
    public Dataset dataset(PublicVersion.Current version) {
        Dataset current = dataset;
        if (current == null || current.versionNumber() < version.version()) {
            synchronized (this) {
                current = dataset;
                if (current == null || current.versionNumber() < version.version()) {
                    // read the version again inside: results written after it was read belong to a newer one
                    PublicVersion.Current now = versions.current();
                    current = new Dataset(now.version(), now.changedAt(), results.findAll());
                    dataset = current;
                }
            }
        }
        return current;
    }

    /** The benchmark a real city's round is set against by default: the averages its own report published. */
    public Optional<PublishedSnapshot> ownBenchmark(StoredResult result) {
        return snapshots.ofRound(result);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public EditionCatalog catalog() {
        return catalog;
    }

    /**
     * The public history of a result: each version's number and date, newest last. Who corrected it and why stay
     * with the programme (the audit log); the public sees that, and when, a result was corrected.
     */
    public List<PublicVersionLine> history(StoredResult result) {
        List<ResultVersions.Version> all = resultVersions.of(result);
        return all.stream()
                .map(v -> new PublicVersionLine(
                        v.version(),
                        v.correction()
                                .map(c -> LocalDate.ofInstant(c.at(), clock.getZone()))
                                .orElse(v.publishedOn()),
                        v.correction().isPresent(),
                        v == all.get(all.size() - 1)))
                .toList();
    }

    /** One version of a result as the public sees it. */
    public record PublicVersionLine(int version, LocalDate recordedOn, boolean correction, boolean current) {}

    /** The sample as of {@code snapshot} analysed under {@code edition}: computed once, then reused. */
    public SampleAnalysis analysis(Definition edition, LocalDate snapshot) {
        return samples.analysis(edition, snapshot);
    }

    /**
     * A city's round against the sample (by default its latest round, compared as of the day it was published).
     * Empty when the city has no such public round.
     */
    public Optional<SampleService.Comparison> compare(
            Dataset data, String city, OptionalInt round, Optional<LocalDate> snapshot) {
        Optional<StoredResult> chosen = data.rounds(city).stream()
                .filter(r -> round.isEmpty() || r.round() == round.getAsInt())
                .reduce((a, b) -> b);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        LocalDate published = chosen.get().publishedOn();
        if (snapshot.isPresent() && snapshot.get().isBefore(published)) {
            throw new BadQueryException(
                    "snapshot",
                    snapshot.get().toString(),
                    "this round was published on " + published + ": choose that day or a later one");
        }
        return samples.compare(
                new CitySlug(city),
                Optional.of(new RoundChoice(
                        chosen.get().round(), Optional.of(chosen.get().edition()))),
                snapshot);
    }

    /**
     * The benchmark of a compared round that pages and API render: against {@code published} when given, else the
     * held sample.
     */
    public CityBenchmark benchmark(SampleService.Comparison comparison, Optional<PublishedSnapshot> published) {
        return samples.benchmark(comparison, published);
    }

    /** A public result as the sample sees it under {@code edition} (areas matched by code or continuation). */
    public SampleEntry entry(StoredResult result, Definition edition) {
        return samples.entry(result, edition);
    }

    /** The items another module published about the city, of one kind. */
    public <T extends PublicContent> List<org.iccindex.site.PublicLink> contributions(
            Class<T> kind, CitySlug city, java.util.Locale locale) {
        return contributions.stream()
                .filter(kind::isInstance)
                .flatMap(c -> c.forCity(city, locale).stream())
                .toList();
    }
}
