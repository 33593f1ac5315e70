package org.iccindex.site.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.iccindex.definition.Definition;
import org.iccindex.site.data.PublicResults;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The open-data page: the downloads of each edition and where the API and its documentation are. */
@Controller
class DataController {
    private final PublicResults data;
    private final PageWords pageWords;

    DataController(PublicResults data, PageWords pageWords) {
        this.data = data;
        this.pageWords = pageWords;
    }

    /** The downloads of one edition (as of today). */
    record Downloads(String edition, String title, boolean current, List<Link> links) {}

    /** A download link. */
    record Link(String format, String href, String label) {}

    @GetMapping("/data")
    String data(Locale locale, Model model) {
        Words words = pageWords.of(locale);
        Definition current = data.catalog().current();
        List<Downloads> downloads = data.catalog().all().stream()
                .sorted(Comparator.comparing(Definition::inForceFrom).reversed())
                .map(d -> new Downloads(
                        d.edition().value(),
                        words.in(d.title()),
                        d == current,
                        List.of("csv", "xlsx", "json").stream()
                                .map(f -> new Link(
                                        f,
                                        "/api/v1/downloads/results." + f + "?edition="
                                                + d.edition().value(),
                                        words.t("site.data.format." + f)))
                                .toList()))
                .toList();
        model.addAttribute("downloads", downloads);
        model.addAttribute("today", data.today().toString());
        return "site/data";
    }
}
