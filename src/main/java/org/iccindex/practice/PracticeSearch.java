package org.iccindex.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.iccindex.city.City;
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.definition.LocalizedText;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.practice.persistence.PracticeStore;
import org.iccindex.practice.search.IndexedPractice;
import org.iccindex.practice.search.PracticeIndex;
import org.iccindex.publication.PublicDataChanged;
import org.iccindex.publication.PublicVersion;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.StoredResult;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Full-text search of the public catalogue, in English and French, with filters by area, country and population
 * band (the band of the practice's city from its latest result, when the city is one of ours). The index is rebuilt
 * when this instance publishes a change to practices or results ({@link PublicDataChanged}), and when a search finds
 * that the version of the public data moved on (a change made by another instance).
 */
@Service
public class PracticeSearch {
    private final PracticeStore store;
    private final ResultRepository results;
    private final EditionCatalog editions;
    private final PublicVersion versions;
    private volatile Snapshot snapshot;

    PracticeSearch(PracticeStore store, ResultRepository results, EditionCatalog editions, PublicVersion versions) {
        this.store = store;
        this.results = results;
        this.editions = editions;
        this.versions = versions;
    }

    @ApplicationModuleListener
    void on(PublicDataChanged change) {
        snapshot = null;
    }

    private record Snapshot(long version, PracticeIndex index, Map<Long, Practice> practices, Map<Long, Band> bands) {}

    public SearchResults search(SearchQuery query, Locale locale) {
        Snapshot current = current();
        String language = locale.getLanguage().equals("fr") ? "fr" : "en";
        List<Long> ids = find(current, query, true);
        boolean relaxed = false;
        if (ids.isEmpty() && PracticeIndex.words(query.text()) > 1) {
            ids = find(current, query, false);
            relaxed = !ids.isEmpty();
        }
        int withoutFilters = query.hasFilters() && ids.isEmpty()
                ? Math.max(
                        find(current, query.withoutFilters(), true).size(),
                        find(current, query.withoutFilters(), false).size())
                : ids.size();
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (long id : ids) {
            Practice p = current.practices().get(id);
            PracticeContent c = p.content();
            hits.add(new SearchResults.Hit(
                    p.id(),
                    p.slug(),
                    c.title().in(language),
                    c.summary().in(language),
                    c.place(locale),
                    c.placeLanguage(locale),
                    c.period(),
                    c.areas(),
                    Optional.ofNullable(current.bands().get(id)).map(Band::code),
                    c.synthetic()));
        }
        return new SearchResults(
                query, hits, relaxed, withoutFilters, current.index().size());
    }

    /** The countries of the public practices, for the country filter. */
    public List<String> countries() {
        TreeSet<String> countries = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        current().practices().values().forEach(p -> p.content().country().ifPresent(countries::add));
        return List.copyOf(countries);
    }

    /** The population band of a practice's city (from its latest result), if it is one of ours with a population. */
    public Optional<Band> band(Practice practice) {
        return Optional.ofNullable(current().bands().get(practice.id()))
                .or(() -> bandsOf(List.of(practice)).values().stream().findFirst());
    }

    public List<Band> populationBands() {
        return editions.current().bands(BandAxis.POPULATION).bands();
    }

    private List<Long> find(Snapshot current, SearchQuery query, boolean everyWord) {
        return current.index()
                .search(query.text(), everyWord, query.area().map(a -> a.value()), query.country(), query.band());
    }

    private Snapshot current() {
        long version = versions.current().version();
        Snapshot current = snapshot;
        if (current == null || current.version() != version) {
            synchronized (this) {
                current = snapshot;
                if (current == null || current.version() != version) {
                    current = rebuild(version);
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private Snapshot rebuild(long version) {
        List<Practice> active = store.findByStatus(PracticeStatus.ACTIVE);
        Map<Long, Band> bands = bandsOf(active);
        Map<Long, Practice> byId = new HashMap<>();
        List<IndexedPractice> documents = new ArrayList<>();
        active.stream()
                .sorted(Comparator.comparing(p -> p.content().title().english()))
                .forEach(p -> {
                    byId.put(p.id(), p);
                    documents.add(indexed(p, Optional.ofNullable(bands.get(p.id()))));
                });
        return new Snapshot(version, PracticeIndex.build(documents), byId, bands);
    }

    private Map<Long, Band> bandsOf(List<Practice> practices) {
        Map<Long, Band> bands = new HashMap<>();
        if (practices.stream().noneMatch(p -> p.city().isPresent())) {
            return bands;
        }
        Definition current = editions.current();
        Map<Long, StoredResult> latest = new HashMap<>();
        for (StoredResult result : results.findAll()) {
            latest.merge(result.city().id(), result, (a, b) -> b.publishedOn().isBefore(a.publishedOn()) ? a : b);
        }
        for (Practice p : practices) {
            p.city()
                    .map(City::id)
                    .map(latest::get)
                    .flatMap(StoredResult::population)
                    .ifPresent(population -> bands.put(
                            p.id(),
                            current.bands(BandAxis.POPULATION).bandOf(java.math.BigDecimal.valueOf(population))));
        }
        return bands;
    }

    private static IndexedPractice indexed(Practice p, Optional<Band> band) {
        PracticeContent c = p.content();
        String place = String.join(
                " ", c.city().orElse(""), c.country().orElse(""), c.origin().orElse(""));
        List<LocalizedText> texts = List.of(c.summary(), c.purpose(), c.rationale(), c.process(), c.results());
        StringBuilder en = new StringBuilder(place);
        StringBuilder fr = new StringBuilder(place);
        boolean french = c.title().has("fr");
        for (LocalizedText text : texts) {
            if (text.has("en")) {
                en.append('\n').append(text.texts().get("en"));
            }
            if (text.has("fr")) {
                fr.append('\n').append(text.texts().get("fr"));
                french = true;
            }
        }
        return new IndexedPractice(
                p.id(),
                c.title().english(),
                en.toString(),
                c.title().has("fr") ? Optional.of(c.title().texts().get("fr")) : Optional.empty(),
                french ? Optional.of(fr.toString()) : Optional.empty(),
                c.areas().stream().map(a -> a.value()).toList(),
                c.country(),
                band.map(Band::code));
    }
}
