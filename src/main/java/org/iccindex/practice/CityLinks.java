package org.iccindex.practice;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.practice.persistence.PracticeStore;
import org.springframework.stereotype.Component;

/**
 * Links a practice to our city when we have one of the same name (accents, case and punctuation aside) in the same
 * country, e.g. the practice city "Donostia-San Sebastián" to a city slugged {@code donostia-san-sebastian}.
 */
@Component
class CityLinks {
    private final CityRepository cities;
    private final PracticeStore store;

    CityLinks(CityRepository cities, PracticeStore store) {
        this.cities = cities;
        this.store = store;
    }

    Optional<City> cityFor(PracticeContent content) {
        return cityFor(content, cities.findAll());
    }

    /** Links every practice whose city now exists among ours (e.g. results imported after it was recorded). */
    int relinkAll() {
        List<City> all = cities.findAll();
        int changed = 0;
        for (Practice practice : store.findAll()) {
            Optional<Long> wanted = cityFor(practice.content(), all).map(City::id);
            if (!wanted.equals(practice.city().map(City::id))) {
                store.link(practice.id(), wanted);
                changed++;
            }
        }
        return changed;
    }

    private static Optional<City> cityFor(PracticeContent content, List<City> all) {
        if (content.city().isEmpty() || content.country().isEmpty()) {
            return Optional.empty();
        }
        String name = key(content.city().get());
        String country = key(content.country().get());
        Optional<CitySlug> slug = CitySlug.from(content.city().get());
        return all.stream()
                .filter(c -> key(c.country()).equals(country))
                .filter(c ->
                        key(c.name()).equals(name) || slug.map(c.slug()::equals).orElse(false))
                .findFirst();
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }
}
