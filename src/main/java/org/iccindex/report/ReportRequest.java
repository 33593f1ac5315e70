package org.iccindex.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.EditionId;
import org.iccindex.result.RoundChoice;

/**
 * What to report on: a city's round, in a language, against a benchmark: empty for the sample held in the database
 * on the day the round was published; a date ({@code 2021-06-30}) for the sample of that day; or the id of a
 * published snapshot ({@code icc-2020-published}) for the averages a past report quoted. {@code edition}: which
 * edition's result of that year, needed only when two editions have a result for the city and year.
 */
public record ReportRequest(
        CitySlug city, int round, Optional<EditionId> edition, Optional<String> benchmark, Locale locale) {
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr");

    public ReportRequest {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(locale, "locale");
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw new IllegalArgumentException(
                    "no report language '" + locale.getLanguage() + "': use one of " + String.join(", ", LANGUAGES));
        }
        benchmark = benchmark.map(String::strip).filter(b -> !b.isEmpty());
    }

    /** A request for the city's only result of that year. */
    public ReportRequest(CitySlug city, int round, Optional<String> benchmark, Locale locale) {
        this(city, round, Optional.empty(), benchmark, locale);
    }

    public RoundChoice roundChoice() {
        return new RoundChoice(round, edition);
    }

    public String language() {
        return locale.getLanguage();
    }
}
