package org.iccindex.practice;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
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

    ReportPractices(Recommendations recommendations, PracticeCatalogue catalogue) {
        this.recommendations = recommendations;
        this.catalogue = catalogue;
    }

    @Override
    public List<Practice> forArea(AreaCode area, CitySlug excluding, Locale locale, int limit) {
        String language = locale.getLanguage().equals("fr") ? "fr" : "en";
        return recommendations.forArea(excluding.value(), OptionalInt.empty(), area, locale, limit).stream()
                .flatMap(s -> catalogue.find(s.practiceId()).stream())
                .map(p -> new Practice(
                        withoutPlace(p.title(language), p.content().city().orElse("")),
                        p.content().city().or(() -> p.content().origin()).orElse(""),
                        p.content().country().orElse(""),
                        p.content().summary().in(language),
                        p.content().links().stream().findFirst()))
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
