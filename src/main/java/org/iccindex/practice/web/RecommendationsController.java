package org.iccindex.practice.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.practice.AreaRecommendation;
import org.iccindex.practice.CityRecommendations;
import org.iccindex.practice.Practice;
import org.iccindex.practice.PracticeCatalogue;
import org.iccindex.practice.PracticeContent;
import org.iccindex.practice.PracticeNotAllowedException;
import org.iccindex.practice.Recommendations;
import org.iccindex.practice.Suggestion;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.RoundChoice;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.Rounding;
import org.iccindex.wording.Countries;
import org.iccindex.wording.Wording;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Suggested practices for a city's round: public (results are published), with curation controls for analysts. */
@Controller
class RecommendationsController {
    /** How many of the weak areas the lead names, weakest first. */
    private static final int WEAKEST_NAMED = 5;

    private static final Set<String> ACTIONS = Set.of("pin", "unpin", "drop", "restore", "up", "down");

    private final Recommendations recommendations;
    private final PracticeCatalogue catalogue;
    private final ResultRepository results;
    private final CityRepository cities;
    private final CurrentUsers users;
    private final MessageSource messages;

    RecommendationsController(
            Recommendations recommendations,
            PracticeCatalogue catalogue,
            ResultRepository results,
            CityRepository cities,
            CurrentUsers users,
            MessageSource messages) {
        this.recommendations = recommendations;
        this.catalogue = catalogue;
        this.results = results;
        this.cities = cities;
        this.users = users;
        this.messages = messages;
    }

    /** The city picker posts here. */
    @GetMapping("/practices/recommendations")
    String pick(@RequestParam(name = "city", required = false) String city) {
        if (city == null || !CitySlug.isValid(city)) {
            return "redirect:/practices";
        }
        return "redirect:/practices/recommendations/" + city;
    }

    @GetMapping("/practices/recommendations/{slug}")
    String show(
            @PathVariable("slug") String city,
            @RequestParam(name = "round", required = false) Integer round,
            @RequestParam(name = "edition", required = false) String edition,
            Locale locale,
            Model model) {
        CityRecommendations found = recommendations
                .forCity(city, round == null ? Optional.empty() : Optional.of(choice(round, edition)), locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no result for this city"));
        boolean staff = users.current().map(CurrentUser::isProgrammeStaff).orElse(false);
        List<StoredResult> rounds = results.findByCity(new CitySlug(city));
        List<Practice> active = staff ? catalogue.active() : List.of();
        String language = Areas.language(locale);
        List<RecommendationsPage.AreaView> areas = new ArrayList<>();
        for (AreaRecommendation area : found.areas()) {
            List<Long> shown =
                    area.suggestions().stream().map(Suggestion::practiceId).toList();
            List<Option> addable = active.stream()
                    .filter(p -> p.content().serves(area.area()) && !shown.contains(p.id()))
                    // a real city is never offered a fictional practice of the demo data, not even to pin
                    .filter(p -> found.synthetic() || !p.content().synthetic())
                    .map(p -> new Option(
                            String.valueOf(p.id()),
                            p.title(language) + " (" + p.content().place(locale) + ")",
                            false))
                    .toList();
            areas.add(new RecommendationsPage.AreaView(
                    area.area().value(),
                    area.areaName(),
                    Rounding.whole(area.score()),
                    area.shortfalls().stream().map(s -> s.text()).toList(),
                    views(area.suggestions(), locale),
                    views(area.dropped(), locale),
                    addable));
        }
        model.addAttribute(
                "page",
                new RecommendationsPage(
                        found.city(),
                        found.cityName(),
                        found.country(),
                        found.synthetic(),
                        found.round(),
                        found.edition().value(),
                        found.snapshot().toString(),
                        found.sampleSize(),
                        found.published().isPresent(),
                        lead(found, locale),
                        rounds.stream()
                                // value: "year edition", the two parts of the round's key
                                .map(r -> new Option(
                                        r.round() + " " + r.edition().value(),
                                        r.round() + " (" + r.edition().value() + ")",
                                        r.round() == found.round()
                                                && r.edition().equals(found.edition())))
                                .toList(),
                        cityOptions(
                                results, found.city(), messages.getMessage("practice.fictional", null, locale), locale),
                        found.curated(),
                        staff,
                        Rounding.whole(recommendations.settings().weakLevel()),
                        Rounding.whole(recommendations.settings().strongLevel()),
                        areas));
        return "practice/recommendations";
    }

    @PostMapping("/manage/recommendations/{slug}/{round}")
    String choose(
            @PathVariable("slug") String city,
            @PathVariable int round,
            @RequestParam(required = false) String edition,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Long practice) {
        CurrentUser user = requireStaff();
        if (action == null
                || !ACTIONS.contains(action)
                || area == null
                || !AreaCode.isValid(area)
                || practice == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown action, area or practice");
        }
        AreaCode code = new AreaCode(area);
        RoundChoice chosen = choice(round, edition);
        switch (action) {
            case "pin" -> recommendations.pin(city, chosen, code, practice, user);
            case "unpin" -> recommendations.unpin(city, chosen, code, practice, user);
            case "drop" -> recommendations.drop(city, chosen, code, practice, user);
            case "restore" -> recommendations.restore(city, chosen, code, practice, user);
            case "up" -> recommendations.move(city, chosen, code, practice, -1, user);
            default -> recommendations.move(city, chosen, code, practice, 1, user);
        }
        return "redirect:/practices/recommendations/" + city + "?round=" + round + editionParam(chosen) + "#area-"
                + area;
    }

    @PostMapping("/manage/recommendations/{slug}/{round}/reset")
    String reset(
            @PathVariable("slug") String city,
            @PathVariable int round,
            @RequestParam(required = false) String edition) {
        RoundChoice chosen = choice(round, edition);
        recommendations.reset(city, chosen, requireStaff());
        return "redirect:/practices/recommendations/" + city + "?round=" + round + editionParam(chosen);
    }

    private static RoundChoice choice(int round, String edition) {
        try {
            return RoundChoice.of(round, edition);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "edition: " + e.getMessage());
        }
    }

    private static String editionParam(RoundChoice chosen) {
        return chosen.edition().map(e -> "&edition=" + e.value()).orElse("");
    }

    private CurrentUser requireStaff() {
        CurrentUser user = users.require();
        if (!user.isProgrammeStaff()) {
            throw new PracticeNotAllowedException("only analysts curate the suggestions");
        }
        return user;
    }

    /**
     * What the suggestions rest on, for this city: the benchmark its areas were measured against (the averages its
     * own report published, for a real city that has them; else the means of its comparison groups in the sample,
     * the demo sample for a fictional city), its weakest areas against it, and where the practices come from.
     */
    private String lead(CityRecommendations found, Locale locale) {
        Wording wording = Wording.of(messages::getMessage, locale);
        List<String> sentences = new ArrayList<>();
        if (found.published().isPresent()) {
            sentences.add(messages.getMessage(
                    "rec.basis.published",
                    new Object[] {found.cityName(), found.published().get().sampleSize(), found.round()},
                    locale));
        } else {
            sentences.add(messages.getMessage(
                    found.synthetic() ? "rec.basis.fictional" : "rec.basis.sample",
                    new Object[] {
                        found.cityName(), found.sampleSize(), found.snapshot().toString()
                    },
                    locale));
        }
        if (!found.areas().isEmpty()) {
            List<String> weakest = new ArrayList<>(found.areas().stream()
                    .sorted(Comparator.comparingDouble(AreaRecommendation::score))
                    .limit(WEAKEST_NAMED)
                    .map(a -> messages.getMessage(
                            "rec.weakest.area", new Object[] {a.areaName(), Rounding.whole(a.score())}, locale))
                    .toList());
            int others = found.areas().size() - weakest.size();
            if (others > 0) {
                // every weak area has its section below: the lead names the weakest few
                weakest.add(messages.getMessage("rec.weakest.others", new Object[] {others}, locale));
            }
            sentences.add(messages.getMessage(
                    found.published().isPresent() ? "rec.weakest.published" : "rec.weakest.groups",
                    new Object[] {Rounding.whole(recommendations.settings().weakLevel()), wording.list(weakest)},
                    locale));
            sentences.add(messages.getMessage(
                    "rec.from",
                    new Object[] {Rounding.whole(recommendations.settings().strongLevel()), found.cityName()},
                    locale));
        }
        return wording.french(String.join(" ", sentences));
    }

    /** Every city with a published result (never one whose rounds are unpublished), for the picker; fictional marked. */
    static List<Option> cityOptions(ResultRepository results, String selected, String fictional, Locale locale) {
        return results.citiesWithResults().stream()
                .map(c -> new Option(
                        c.slug().value(),
                        c.name() + " (" + Countries.name(c.country(), locale) + (c.synthetic() ? ", " + fictional : "")
                                + ")",
                        c.slug().value().equals(selected)))
                .toList();
    }

    private static List<RecommendationsPage.SuggestionView> views(List<Suggestion> suggestions, Locale locale) {
        List<RecommendationsPage.SuggestionView> views = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            views.add(new RecommendationsPage.SuggestionView(
                    s.practiceId(),
                    s.slug(),
                    s.title(),
                    s.summary(),
                    s.place(),
                    // a programme's practice is placed by its origin, held in English
                    s.basis() == Suggestion.Basis.PROGRAMME ? PracticeContent.heldLanguage(locale) : "",
                    s.synthetic(),
                    s.reasons(),
                    s.peerScore().isPresent(),
                    Rounding.whole(s.similarity() * 100),
                    s.pinned(),
                    i == 0,
                    i == suggestions.size() - 1));
        }
        return views;
    }
}
