package org.iccindex.practice.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.city.CitySlug;
import org.iccindex.practice.PracticeCatalogue;
import org.iccindex.site.PublicContent;
import org.iccindex.site.PublicLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city page's "Good practices" section: active practices of the catalogue linked to the city. */
@Component
class ContributedPracticeLinks implements PublicContent.Practices {
    private final PracticeCatalogue catalogue;
    private final JdbcClient jdbc;

    ContributedPracticeLinks(PracticeCatalogue catalogue, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    @Override
    public List<PublicLink> forCity(CitySlug city, Locale locale) {
        return catalogue.active().stream()
                .filter(p -> p.city().map(c -> c.slug().equals(city)).orElse(false))
                .map(p -> new PublicLink(
                        p.content().title().in(locale.getLanguage()),
                        URI.create("/practices/" + p.slug()),
                        Optional.empty(),
                        p.content().period().orElse("")))
                .toList();
    }
}
