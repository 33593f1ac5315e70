package org.iccindex.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.definition.EditionId;

/**
 * The recommendations for one round of one city: the weak areas in report order, each with its suggestions.
 * {@code curated}: an analyst has pinned, moved or dropped suggestions for this city and round, and this is the
 * curated list. {@code snapshot}: the date of the sample the city was compared with. {@code published}: the
 * averages published with a real city's own report, when it has them: its areas were then measured against those
 * alone, else against the means of its comparison groups in the sample.
 */
public record CityRecommendations(
        String city,
        String cityName,
        String country,
        boolean synthetic,
        int round,
        EditionId edition,
        LocalDate snapshot,
        int sampleSize,
        boolean curated,
        List<AreaRecommendation> areas,
        Optional<PublishedSnapshot> published) {

    public CityRecommendations {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(edition, "edition");
        areas = List.copyOf(areas);
    }

    /** Every suggestion of every area, in order. */
    public List<Suggestion> suggestions() {
        return areas.stream().flatMap(a -> a.suggestions().stream()).toList();
    }
}
