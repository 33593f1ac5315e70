package org.iccindex.report.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.report.persistence.Publications;
import org.iccindex.result.ResultRepository;
import org.iccindex.site.PublicContent;
import org.iccindex.site.PublicLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city page's "Reports" section: the city's published reports (never drafts), newest first. */
@Component
class PublishedReportLinks implements PublicContent.Reports {
    private final CityRepository cities;
    private final ResultRepository results;
    private final Publications publications;
    private final JdbcClient jdbc;

    PublishedReportLinks(CityRepository cities, ResultRepository results, Publications publications, JdbcClient jdbc) {
        this.cities = cities;
        this.results = results;
        this.publications = publications;
        this.jdbc = jdbc;
    }

    @Override
    public List<PublicLink> forCity(CitySlug slug, Locale locale) {
        if (results.findByCity(slug).isEmpty()) {
            return List.of();
        }
        return cities.find(slug)
                .map(city -> publications.ofCity(city.id()).stream()
                        .map(p -> new PublicLink(
                                p.title() + " (" + p.round() + ", " + p.language() + ")",
                                URI.create("/cities/" + slug + "/reports/" + p.id() + ".pdf"),
                                Optional.of(p.publishedOn()),
                                "PDF, " + Math.max(1, p.pdfSize() / 1024) + " KB"))
                        .toList())
                .orElse(List.of());
    }
}
