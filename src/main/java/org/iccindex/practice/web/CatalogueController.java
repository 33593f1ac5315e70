package org.iccindex.practice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.practice.ConcurrentChangeException;
import org.iccindex.practice.FieldProblem;
import org.iccindex.practice.InvalidPracticeException;
import org.iccindex.practice.Practice;
import org.iccindex.practice.PracticeCatalogue;
import org.iccindex.practice.PracticeNotAllowedException;
import org.iccindex.practice.PracticeNotFoundException;
import org.iccindex.practice.PracticeStateException;
import org.iccindex.practice.PracticeStatus;
import org.iccindex.shared.PageTimes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in side of the catalogue: the analysts' list and forms, proposals from cities, decisions. */
@Controller
class CatalogueController {
    private final PracticeCatalogue catalogue;
    private final CityRepository cities;
    private final Areas areas;
    private final CurrentUsers users;
    private final MessageSource messages;

    private final Clock clock;
    private final PageTimes times;

    CatalogueController(
            PracticeCatalogue catalogue,
            CityRepository cities,
            Areas areas,
            CurrentUsers users,
            MessageSource messages,
            Clock clock,
            PageTimes times) {
        this.times = times;
        this.catalogue = catalogue;
        this.cities = cities;
        this.areas = areas;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/manage/practices")
    String list(@RequestParam(name = "status", required = false) String status, Locale locale, Model model) {
        CurrentUser user = users.require();
        boolean staff = user.isProgrammeStaff();
        PracticeStatus chosen = PracticeStatus.ACTIVE;
        boolean all = status == null || status.isBlank() || status.equals("all");
        if (!all) {
            try {
                chosen = PracticeStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                all = true;
            }
        }
        List<Practice> every = staff ? catalogue.all() : catalogue.proposedBy(user);
        PracticeStatus shown = chosen;
        boolean everything = all;
        List<Practice> practices = every.stream()
                .filter(p -> !staff || everything || p.status() == shown)
                .sorted(java.util.Comparator.comparing((Practice p) -> p.status() != PracticeStatus.PROPOSED))
                .toList();
        List<Option> statuses = new ArrayList<>();
        statuses.add(
                new Option("all", messages.getMessage("manage.all", null, locale) + " (" + every.size() + ")", all));
        for (PracticeStatus s : PracticeStatus.values()) {
            long count = every.stream().filter(p -> p.status() == s).count();
            statuses.add(new Option(
                    s.name(),
                    messages.getMessage("practice.status." + s.name(), null, locale) + " (" + count + ")",
                    !all && s == chosen));
        }
        String language = Areas.language(locale);
        List<CataloguePage.Row> rows = practices.stream()
                .map(p -> new CataloguePage.Row(
                        p.slug(),
                        p.title(language),
                        p.content().place(locale),
                        p.content().placeLanguage(locale),
                        areas.names(p.content().areas(), locale),
                        p.status().name(),
                        p.version(),
                        times.minutes(p.changedAt()),
                        Authors.name(p.changedBy(), messages, locale),
                        p.decisionNote().orElse(""),
                        p.content().synthetic()))
                .toList();
        model.addAttribute("page", new CataloguePage(staff, user.role().isCityRole(), statuses, rows));
        return "practice/manage";
    }

    @GetMapping("/manage/practices/new")
    String newForm(Locale locale, Model model) {
        requireStaff();
        return form(
                "new",
                "/manage/practices/new",
                null,
                PracticeForm.blank("", "", "", LocalDate.now(clock)),
                locale,
                model);
    }

    @PostMapping("/manage/practices/new")
    String create(@ModelAttribute PracticeForm form, Locale locale, Model model, RedirectAttributes redirect) {
        CurrentUser user = requireStaff();
        try {
            Practice created = catalogue.create(form.toContent(false, areas.all(), LocalDate.now(clock)), user);
            return saved(created, locale, redirect);
        } catch (InvalidPracticeException e) {
            return invalid("new", "/manage/practices/new", null, form, e, locale, model);
        }
    }

    @GetMapping("/manage/practices/propose")
    String proposeForm(Locale locale, Model model) {
        CurrentUser user = users.require();
        City own = user.cityId()
                .flatMap(id ->
                        cities.findAll().stream().filter(c -> c.id() == id).findFirst())
                .orElse(null);
        PracticeForm blank = PracticeForm.blank(
                own == null || own.synthetic() ? "" : own.name(),
                own == null || own.synthetic() ? "" : own.country(),
                own == null ? "" : own.name(),
                LocalDate.now(clock));
        return form("propose", "/manage/practices/propose", null, blank, locale, model);
    }

    @PostMapping("/manage/practices/propose")
    String propose(@ModelAttribute PracticeForm form, Locale locale, Model model, RedirectAttributes redirect) {
        CurrentUser user = users.require();
        try {
            Practice proposed = catalogue.propose(form.toContent(false, areas.all(), LocalDate.now(clock)), user);
            return saved(proposed, locale, redirect);
        } catch (InvalidPracticeException e) {
            return invalid("propose", "/manage/practices/propose", null, form, e, locale, model);
        }
    }

    @GetMapping("/manage/practices/{id}/edit")
    String editForm(@PathVariable long id, Locale locale, Model model) {
        requireStaff();
        Practice practice = find(id);
        return form("edit", "/manage/practices/" + id + "/edit", practice, PracticeForm.of(practice), locale, model);
    }

    @PostMapping("/manage/practices/{id}/edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute PracticeForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = requireStaff();
        Practice practice = find(id);
        String action = "/manage/practices/" + id + "/edit";
        try {
            int version = form.version() == null ? practice.version() : form.version();
            Practice edited = catalogue.edit(
                    id,
                    version,
                    form.toContent(practice.content().synthetic(), areas.all(), LocalDate.now(clock)),
                    user);
            return saved(edited, locale, redirect);
        } catch (InvalidPracticeException e) {
            return invalid("edit", action, practice, form, e, locale, model);
        } catch (ConcurrentChangeException e) {
            Practice current = e.current();
            model.addAttribute(
                    "conflict",
                    messages.getMessage(
                            "form.conflict",
                            new Object[] {
                                Authors.name(current.changedBy(), messages, locale),
                                times.minutes(current.changedAt()),
                                current.version()
                            },
                            locale));
            return form("edit", action, current, form.withVersion(current.version()), locale, model);
        }
    }

    @PostMapping("/manage/practices/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Locale locale,
            RedirectAttributes redirect) {
        return decide(id, locale, redirect, user -> catalogue.accept(id, given(version), user));
    }

    @PostMapping("/manage/practices/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return decide(id, locale, redirect, user -> catalogue.decline(id, given(version), reason, user));
    }

    @PostMapping("/manage/practices/{id}/retire")
    String retire(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        return decide(id, locale, redirect, user -> catalogue.retire(id, given(version), note, user));
    }

    /** The version the user saw; without one, no version matches and the change is refused as a concurrent one. */
    private static int given(Integer version) {
        return version == null ? -1 : version;
    }

    private String decide(
            long id,
            Locale locale,
            RedirectAttributes redirect,
            java.util.function.Function<CurrentUser, Practice> decision) {
        CurrentUser user = requireStaff();
        Practice practice = find(id);
        try {
            return saved(decision.apply(user), locale, redirect);
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute(
                    "problem",
                    messages.getMessage(
                            "problem.conflict",
                            new Object[] {
                                Authors.name(e.current().changedBy(), messages, locale),
                                times.minutes(e.current().changedAt())
                            },
                            locale));
        } catch (PracticeStateException e) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage("problem.state", new Object[] {e.getMessage()}, locale));
        } catch (InvalidPracticeException e) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage("problem.invalid", new Object[] {e.getMessage()}, locale));
        }
        return "redirect:/practices/" + practice.slug();
    }

    private String saved(Practice practice, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "notice", messages.getMessage("practice.notice.saved", new Object[] {practice.version()}, locale));
        return "redirect:/practices/" + practice.slug();
    }

    private String invalid(
            String mode,
            String action,
            Practice practice,
            PracticeForm form,
            InvalidPracticeException e,
            Locale locale,
            Model model) {
        model.addAttribute("problems", e.problems());
        return form(mode, action, practice, form, locale, model);
    }

    @SuppressWarnings("unchecked")
    private String form(String mode, String action, Practice practice, PracticeForm form, Locale locale, Model model) {
        List<FieldProblem> problems = (List<FieldProblem>) model.getAttribute("problems");
        Map<String, String> errors = new LinkedHashMap<>();
        List<PracticeFormPage.Problem> summary = new ArrayList<>();
        if (problems != null) {
            for (FieldProblem problem : problems) {
                errors.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b);
                summary.add(new PracticeFormPage.Problem(problem.field(), problem.field() + ": " + problem.message()));
            }
        }
        model.addAttribute(
                "page",
                new PracticeFormPage(
                        mode,
                        action,
                        practice == null ? "" : practice.slug(),
                        practice == null ? "" : practice.title(Areas.language(locale)),
                        form,
                        areas.options(form.areas(), locale),
                        summary,
                        errors,
                        (String) model.getAttribute("conflict")));
        return "practice/form";
    }

    private Practice find(long id) {
        return catalogue.find(id).orElseThrow(() -> new PracticeNotFoundException(id));
    }

    private CurrentUser requireStaff() {
        CurrentUser user = users.require();
        if (!user.isProgrammeStaff()) {
            throw new PracticeNotAllowedException("only analysts manage the catalogue");
        }
        return user;
    }
}
