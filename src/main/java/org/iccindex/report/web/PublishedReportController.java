package org.iccindex.report.web;

import java.nio.charset.StandardCharsets;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.report.persistence.Publications;
import org.iccindex.result.ResultRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Published reports, for anyone: the list of a city's versions and the stored PDF and HTML. Drafts never. */
@Controller
class PublishedReportController {
    private final CityRepository cities;
    private final Publications publications;
    private final ResultRepository results;

    PublishedReportController(CityRepository cities, Publications publications, ResultRepository results) {
        this.cities = cities;
        this.publications = publications;
        this.results = results;
    }

    @GetMapping("/cities/{slug}/reports")
    String list(@PathVariable String slug, Model model) {
        City city = city(slug);
        model.addAttribute(
                "page",
                new PublishedPage(
                        city.name(),
                        slug,
                        publications.ofCity(city.id()).stream()
                                .map(p -> new PublishedPage.Entry(
                                        p.title(),
                                        p.round(),
                                        p.language(),
                                        p.benchmark().orElse("\u2013"),
                                        p.publishedOn().toString(),
                                        "/cities/" + slug + "/reports/" + p.id() + ".pdf",
                                        "/cities/" + slug + "/reports/" + p.id() + ".html",
                                        Math.max(1, p.pdfSize() / 1024)))
                                .toList()));
        return "report/published";
    }

    @GetMapping("/cities/{slug}/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable long id) {
        City city = city(slug);
        byte[] pdf = publications.pdf(city.id(), id).orElseThrow(PublishedReportController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + slug + "-report-" + id + ".pdf\"")
                .body(pdf);
    }

    @GetMapping("/cities/{slug}/reports/{id}.html")
    ResponseEntity<byte[]> html(@PathVariable String slug, @PathVariable long id) {
        City city = city(slug);
        String html = publications.html(city.id(), id).orElseThrow(PublishedReportController::notFound);
        // a standalone file with its stylesheet inlined: downloaded, not shown under the site's strict policy
        return ReportEditorController.download(
                html.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML, slug + "-report-" + id + ".html");
    }

    private City city(String slug) {
        if (!CitySlug.isValid(slug)) {
            throw notFound();
        }
        // a city with no published result is not public yet: the same answer as for no city at all
        return cities.find(new CitySlug(slug))
                .filter(c -> !results.findByCity(c.slug()).isEmpty())
                .orElseThrow(PublishedReportController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such published report");
    }
}
