package org.iccindex.practice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.report.GoodPractices;
import org.springframework.stereotype.Component;

/**
 * The catalogue as the report module's source of good practice: per area, the recommendations for the city's latest
 * round (curated when an analyst curated them), as the report cites them.
 */
@Component
class ReportPractices implements GoodPractices {
    private final Recommendations recommendations;
    private final PracticeCatalogue catalogue;
    private final CityRepository cities;

    ReportPractices(Recommendations recommendations, PracticeCatalogue catalogue, CityRepository cities) {
        this.recommendations = recommendations;
        this.catalogue = catalogue;
        this.cities = cities;
    }

    @Override
    public List<Practice> forArea(AreaCode area, CitySlug excluding, Locale locale, int limit) {
        String language = locale.getLanguage().equals("fr") ? "fr" : "en";
        // a real city's report never cites the fictional practices of the demo data; a demo city's marks them
        boolean demoCity = cities.find(excluding).map(c -> c.synthetic()).orElse(false);
        return recommendations.forArea(excluding.value(), OptionalInt.empty(), area, locale, limit * 3).stream()
                .filter(s -> demoCity || !s.synthetic())
                .limit(limit)
                .flatMap(s -> catalogue.find(s.practiceId()).stream())
                .map(p -> new Practice(
                        withoutPlace(p.title(language), p.content().city().orElse("")),
                        p.content()
                                .city()
                                // an origin other than a city is recorded in English only: the French
                                // report lets the practice's own title and summary name it
                                .or(() -> language.equals("fr")
                                        ? Optional.empty()
                                        : p.content().origin())
                                .orElse(""),
                        p.content().country().orElse(""),
                        p.content().summary().in(language),
                        p.content().links().stream().findFirst(),
                        p.city().map(c -> c.synthetic()).orElse(false)))
                .toList();
    }

    /** "Bergen: municipal mediators..." cited after its city reads better as "municipal mediators...". */
    static String withoutPlace(String title, String city) {
        for (String separator : new String[] {": ", " : "}) {
            String prefix = city + separator;
            if (!city.isEmpty() && title.startsWith(prefix) && title.length() > prefix.length()) {
                String rest = title.substring(prefix.length());
                return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return title;
    }
}
