package org.iccindex.assessment;

import java.util.Optional;
import org.iccindex.assessment.persistence.RoundStore;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.springframework.stereotype.Service;

/**
 * A city's round by its year, for the operator's command line, which acts for no person: whoever runs it already
 * has the database. Pages go through {@link Rounds}, which checks the person.
 */
@Service
public class RoundLookup {
    private final CityRepository cities;
    private final RoundStore rounds;
    private final Rounds contents;

    RoundLookup(CityRepository cities, RoundStore rounds, Rounds contents) {
        this.cities = cities;
        this.rounds = rounds;
        this.contents = contents;
    }

    /** The round's answers read against its definition; empty when the city or its round of that year is unknown. */
    public Optional<Found> find(CitySlug city, int year) {
        return cities.find(city)
                .flatMap(c -> rounds.findByCity(c.id()).stream()
                        .filter(r -> r.year() == year)
                        .findFirst()
                        .map(r -> new Found(c.name(), r.status(), contents.contents(r))));
    }

    /** A round found: its city's name, its status and its answers. */
    public record Found(String cityName, Round.Status status, RoundContents contents) {}
}
