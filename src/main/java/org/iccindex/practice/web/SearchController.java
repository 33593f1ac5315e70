package org.iccindex.practice.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Band;
import org.iccindex.practice.PracticeSearch;
import org.iccindex.practice.SearchQuery;
import org.iccindex.practice.SearchResults;
import org.iccindex.result.ResultRepository;
import org.iccindex.wording.Countries;
import org.iccindex.wording.Wording;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {
    private final PracticeSearch search;
    private final Areas areas;
    private final CityRepository cities;
    private final ResultRepository results;
    private final CurrentUsers users;
    private final MessageSource messages;

    SearchController(
            PracticeSearch search,
            Areas areas,
            CityRepository cities,
            ResultRepository results,
            CurrentUsers users,
            MessageSource messages) {
        this.results = results;
        this.search = search;
        this.areas = areas;
        this.cities = cities;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/practices")
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "country", required = false) String country,
            @RequestParam(name = "band", required = false) String band,
            Locale locale,
            Model model) {
        Optional<AreaCode> areaCode = Optional.ofNullable(area)
                .filter(AreaCode::isValid)
                .map(AreaCode::new)
                .filter(areas.all()::contains);
        List<Band> bands = search.populationBands();
        Optional<String> bandCode = Optional.ofNullable(band)
                .filter(b -> bands.stream().anyMatch(x -> x.code().equals(b)));
        SearchQuery query = new SearchQuery(q, areaCode, Optional.ofNullable(country), bandCode);
        SearchResults found = search.search(query, locale);
        Wording words = Wording.of(messages::getMessage, locale);
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (SearchResults.Hit hit : found.hits()) {
            hits.add(new SearchPage.Hit(
                    hit.slug(),
                    hit.title(),
                    hit.summary(),
                    hit.place(),
                    hit.placeLanguage(),
                    hit.period().orElse(""),
                    areas.names(hit.areas(), locale),
                    hit.band()
                            .flatMap(code -> bands.stream()
                                    .filter(b -> b.code().equals(code))
                                    .findFirst())
                            .map(words::band)
                            .orElse(""),
                    hit.synthetic()));
        }
        Optional<CurrentUser> user = users.current();
        model.addAttribute(
                "page",
                new SearchPage(
                        query.text(),
                        areas.options(areaCode.map(AreaCode::value).stream().toList(), locale),
                        search.countries().stream()
                                .map(c -> new Option(
                                        c,
                                        Countries.name(c, locale),
                                        query.country().map(c::equalsIgnoreCase).orElse(false)))
                                .sorted(Comparator.comparing(Option::label, Collator.getInstance(locale)))
                                .toList(),
                        bands.stream()
                                .map(b -> new Option(
                                        b.code(),
                                        words.band(b),
                                        bandCode.map(b.code()::equals).orElse(false)))
                                .toList(),
                        RecommendationsController.cityOptions(
                                results,
                                user.flatMap(CurrentUser::cityId)
                                        .flatMap(id -> cities.findAll().stream()
                                                .filter(c -> c.id() == id)
                                                .findFirst())
                                        .map(c -> c.slug().value())
                                        .orElse(""),
                                messages.getMessage("practice.fictional", null, locale),
                                locale),
                        !query.text().isEmpty() || query.hasFilters(),
                        query.hasFilters(),
                        hits,
                        found.relaxed(),
                        found.withoutFilters(),
                        found.catalogueSize(),
                        user.isPresent(),
                        user.map(CurrentUser::isProgrammeStaff).orElse(false),
                        user.map(u -> u.role().isCityRole()).orElse(false)));
        return "practice/search";
    }
}
