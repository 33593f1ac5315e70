package org.iccindex.practice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.definition.LocalizedText;
import org.iccindex.practice.Practice;
import org.iccindex.practice.PracticeCatalogue;
import org.iccindex.practice.PracticeContent;
import org.iccindex.practice.PracticeSearch;
import org.iccindex.practice.PracticeStatus;
import org.iccindex.practice.PracticeVersion;
import org.iccindex.shared.PageTimes;
import org.iccindex.wording.Countries;
import org.iccindex.wording.Wording;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class PracticeController {
    private final PracticeCatalogue catalogue;
    private final PracticeSearch search;
    private final Areas areas;
    private final CurrentUsers users;
    private final PageTimes times;
    private final MessageSource messages;

    PracticeController(
            PracticeCatalogue catalogue,
            PracticeSearch search,
            Areas areas,
            CurrentUsers users,
            PageTimes times,
            MessageSource messages) {
        this.times = times;
        this.messages = messages;
        this.catalogue = catalogue;
        this.search = search;
        this.areas = areas;
        this.users = users;
    }

    /** A practice by slug (or numeric id, redirected to its slug). Not public ones show to analysts and proposers. */
    @GetMapping("/practices/{key}")
    String practice(@PathVariable String key, Locale locale, Model model) {
        Optional<CurrentUser> user = users.current();
        Practice practice = catalogue
                .find(key)
                .filter(p -> catalogue.maySee(p, user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such practice"));
        if (!practice.slug().equals(key)) {
            return "redirect:/practices/" + practice.slug();
        }
        model.addAttribute("page", page(practice, user, locale, model));
        return "practice/practice";
    }

    private PracticePage page(Practice practice, Optional<CurrentUser> user, Locale locale, Model model) {
        String language = Areas.language(locale);
        PracticeContent c = practice.content();
        List<PracticePage.Section> sections = new ArrayList<>();
        boolean[] english = {false};
        section(sections, "practice.summary", c.summary(), language, english);
        section(sections, "practice.purpose", c.purpose(), language, english);
        section(sections, "practice.rationale", c.rationale(), language, english);
        section(sections, "practice.process", c.process(), language, english);
        section(sections, "practice.results", c.results(), language, english);
        boolean staff = user.map(CurrentUser::isProgrammeStaff).orElse(false);
        List<PracticePage.HistoryRow> history = new ArrayList<>();
        if (staff) {
            List<PracticeVersion> versions = catalogue.history(practice.id());
            for (int i = versions.size() - 1; i >= 0; i--) {
                PracticeVersion v = versions.get(i);
                history.add(new PracticePage.HistoryRow(
                        v.version(),
                        times.minutes(v.changedAt()),
                        Authors.name(v.changedBy(), messages, locale),
                        v.action().name(),
                        i == 0 ? List.of() : v.changedSince(versions.get(i - 1)),
                        v.note().orElse("")));
            }
        }
        return new PracticePage(
                practice.id(),
                practice.slug(),
                c.title().in(language),
                practice.status().name(),
                practice.version(),
                c.synthetic(),
                c.city().isPresent()
                        ? c.place(locale)
                        : c.country().map(n -> Countries.name(n, locale)).orElse(""),
                c.origin().orElse(""),
                c.period().orElse(""),
                c.areas().stream()
                        .sorted(java.util.Comparator.comparingInt(areas.all()::indexOf))
                        .map(a -> new PracticePage.AreaLink(a.value(), areas.name(a, locale)))
                        .toList(),
                sections,
                c.links(),
                c.source(),
                c.recordedOn().toString(),
                practice.city().map(city -> city.slug().value()).orElse(""),
                practice.city().map(city -> city.name()).orElse(""),
                search.band(practice)
                        .map(b -> Wording.of(messages::getMessage, locale).band(b))
                        .orElse(""),
                english[0] || (language.equals("fr") && !c.title().has("fr")),
                practice.decisionNote().orElse(""),
                staff,
                staff && practice.status().isEditable(),
                staff && practice.status() == PracticeStatus.PROPOSED,
                staff && practice.status() == PracticeStatus.ACTIVE,
                history,
                (String) model.getAttribute("notice"),
                (String) model.getAttribute("problem"));
    }

    private static void section(
            List<PracticePage.Section> sections,
            String heading,
            LocalizedText text,
            String language,
            boolean[] english) {
        if (text.isEmpty()) {
            return;
        }
        boolean translated = text.has(language);
        english[0] |= !translated;
        sections.add(new PracticePage.Section(heading, text.in(language), translated ? language : "en"));
    }
}
