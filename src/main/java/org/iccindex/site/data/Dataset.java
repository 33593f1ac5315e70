package org.iccindex.site.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.result.StoredResult;

/**
 * Every public result of one data version, indexed for the pages: by city (rounds oldest first) and by the
 * (city, edition, round) a sample entry stands for. Built once per data version, never per request.
 */
public final class Dataset {
    private static final Comparator<StoredResult> OLDEST_FIRST =
            Comparator.comparing(StoredResult::publishedOn).thenComparingInt(StoredResult::round);

    private final long version;
    private final Instant changedAt;
    private final List<StoredResult> results;
    private final Map<String, List<StoredResult>> byCity = new LinkedHashMap<>();
    private final Map<String, StoredResult> byEntry = new LinkedHashMap<>();
    private final List<String> countries;
    private final List<Integer> roundYears;

    Dataset(long version, Instant changedAt, List<StoredResult> results) {
        this.version = version;
        this.changedAt = changedAt;
        this.results = List.copyOf(results);
        TreeSet<String> countrySet = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (StoredResult result : results) {
            byCity.computeIfAbsent(result.city().slug().value(), slug -> new ArrayList<>())
                    .add(result);
            byEntry.put(key(result.city().slug().value(), result.edition().value(), result.round()), result);
            countrySet.add(result.city().country());
            years.add(result.round());
        }
        byCity.replaceAll((slug, rounds) -> rounds.stream().sorted(OLDEST_FIRST).toList());
        this.countries = List.copyOf(countrySet);
        this.roundYears = List.copyOf(years.descendingSet());
    }

    private static String key(String city, String edition, int round) {
        return city + '|' + edition + '|' + round;
    }

    /** The version of the public data ({@code PublicVersion}) this was built from. */
    public String version() {
        return String.valueOf(version);
    }

    long versionNumber() {
        return version;
    }

    /** When the public data last changed (the same on every instance): the pages' and downloads' Last-Modified. */
    public Instant changedAt() {
        return changedAt;
    }

    public List<StoredResult> results() {
        return results;
    }

    /** The city's public rounds, oldest first; empty for a city without a public result. */
    public List<StoredResult> rounds(String city) {
        return byCity.getOrDefault(city, List.of());
    }

    public boolean hasCity(String city) {
        return byCity.containsKey(city);
    }

    /** Slugs of every city with a public result. */
    public List<String> cities() {
        return List.copyOf(byCity.keySet());
    }

    /** The stored result a sample entry stands for (its origin, method, source). */
    public Optional<StoredResult> resultOf(SampleEntry entry) {
        return Optional.ofNullable(byEntry.get(key(entry.city(), entry.edition().value(), entry.round())));
    }

    /** Countries of the cities with a public result, sorted. */
    public List<String> countries() {
        return countries;
    }

    /** Round years with a public result, latest first. */
    public List<Integer> roundYears() {
        return roundYears;
    }
}
