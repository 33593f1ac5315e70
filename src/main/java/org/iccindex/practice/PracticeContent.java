package org.iccindex.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.LocalizedText;
import org.iccindex.wording.Countries;

/**
 * What a practice says: texts in English with an optional French translation (English shows where one is missing),
 * where it comes from (a city, which need not be one of ours, and its country; or a programme named in
 * {@code origin}), the period it ran, the areas of the index it serves, links and its source.
 */
public record PracticeContent(
        LocalizedText title,
        LocalizedText summary,
        LocalizedText purpose,
        LocalizedText rationale,
        LocalizedText process,
        LocalizedText results,
        Optional<String> city,
        Optional<String> country,
        Optional<String> origin,
        Optional<String> period,
        List<AreaCode> areas,
        List<String> links,
        String source,
        LocalDate recordedOn,
        boolean synthetic) {

    public PracticeContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(results, "results");
        city = blankToEmpty(city);
        country = blankToEmpty(country);
        origin = blankToEmpty(origin);
        period = blankToEmpty(period);
        areas = areas.stream().distinct().sorted().toList();
        links = links.stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        source = source == null ? "" : source.trim();
        Objects.requireNonNull(recordedOn, "recordedOn");
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    /**
     * Where the practice comes from, for lists: "Bergen, Norway" ("Bergen, Norvège" in French: the country from the
     * locale data), or the programme when there is no city.
     */
    public String place(Locale locale) {
        Optional<String> named = country.map(c -> Countries.name(c, locale));
        if (city.isPresent()) {
            return named.map(c -> city.get() + ", " + c).orElse(city.get());
        }
        return origin.or(() -> named).orElse("");
    }

    /**
     * The language of {@link #place(Locale)} for a page in {@code locale}: the origin, when it stands for the place,
     * is held as typed, in English (see {@link #heldLanguage}); a city and its country are said in the page's language.
     */
    public String placeLanguage(Locale locale) {
        return city.isEmpty() && origin.isPresent() ? heldLanguage(locale) : "";
    }

    /**
     * The language of the texts a practice holds in one language only, as typed (origin, period, source: in English,
     * as the form asks), for a page in {@code locale}: empty on an English page, else "en", for the page to mark it.
     */
    public static String heldLanguage(Locale locale) {
        return locale.getLanguage().equals("en") ? "" : "en";
    }

    public boolean serves(AreaCode area) {
        return areas.contains(area);
    }
}
