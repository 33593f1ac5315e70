package org.iccindex.site.data;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.iccindex.site.PublicContent;
import org.springframework.stereotype.Service;

/**
 * The only door through which the public side reads data. Everything it returns is public: rows of the
 * {@code result} table are published results, synthetic demo results and the computed results of the fictional
 * demo cities, all meant for the public; a city without a result (say, one whose only round is a draft) does not
 * exist here. Data is read once per data version (two queries for every result), the sample analysis once per
 * edition, snapshot date and data version ({@link SampleService}); a request costs one query to check the version.
 */
@Service
public class PublicResults {
    private final ResultRepository results;
    private final SampleService samples;
    private final EditionCatalog catalog;
    private final List<PublicContent> contributions;
    private final Clock clock;
    /** One millisecond. */
    static final long RECHECK_NANOS = 1_000_000L;

    private volatile Dataset dataset;
    /** {@link ResultRepository#committedWrites()} when the version was last read: a write here since means read it. */
    private volatile long writesAtCheck = -1;

    private volatile long checkedAt;

    PublicResults(
            ResultRepository results,
            SampleService samples,
            EditionCatalog catalog,
            List<PublicContent> contributions,
            Optional<Clock> clock) {
        this.results = results;
        this.samples = samples;
        this.catalog = catalog;
        this.contributions = List.copyOf(contributions);
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * The public results of the current data version. The version is read from the database for each request,
     * except that requests arriving within {@link #RECHECK_NANOS} of the last reading share it: under load that
     * spares thousands of identical queries a second, and a result committed meanwhile is no later than it would
     * be for a request that had started a moment earlier. A result this process committed since the last reading
     * is seen at once (the page after an import or a publication shows it).
     */
    public Dataset dataset() {
        long now = System.nanoTime();
        long writes = results.committedWrites();
        Dataset recent = dataset;
        if (recent != null && now - checkedAt < RECHECK_NANOS && writes == writesAtCheck) {
            return recent;
        }
        String version = results.dataVersion();
        checkedAt = System.nanoTime();
        writesAtCheck = writes;
        Dataset current = dataset;
        if (current == null || !current.version().equals(version)) {
            synchronized (this) {
                current = dataset;
                if (current == null || !current.version().equals(version)) {
                    current = new Dataset(version, Instant.now(clock), results.findAll());
                    dataset = current;
                }
            }
        }
        return current;
    }

    /**
     * What public pages depend on: the result data version, the versions of the reports and practices other
     * modules publish, and the day (the default snapshot date is today).
     */
    public String contentVersion(Dataset data) {
        StringBuilder version = new StringBuilder(data.version()).append('|').append(today());
        for (PublicContent contribution : contributions) {
            version.append('|').append(contribution.version());
        }
        return version.toString();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public EditionCatalog catalog() {
        return catalog;
    }

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
        return samples.compare(new CitySlug(city), OptionalInt.of(chosen.get().round()), snapshot);
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
