package org.iccindex.account.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CityRegistration;
import org.iccindex.account.CurrentUsers;
import org.iccindex.account.FieldProblem;
import org.iccindex.account.InvalidInputException;
import org.iccindex.account.Invitations;
import org.iccindex.account.Role;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' forms: a new city, an invitation. A refused form comes back with what was typed. */
@Controller
class AdminFormsController {
    /** The city form: the values typed and what is wrong with them. */
    record CityFormPage(String name, String slug, String country, FormErrors errors) {}

    /** A city to choose in the invitation form; the page names its country in its own language, a fictional city marked "*". */
    record CityChoice(long id, String name, String country, boolean synthetic, boolean selected) {}

    /** The invitation form. */
    record InviteFormPage(
            String username,
            String displayName,
            String role,
            List<String> roles,
            List<CityChoice> cities,
            String language,
            FormErrors errors) {}

    private final CurrentUsers users;
    private final CityRegistration registration;
    private final Invitations invitations;
    private final CityRepository cities;
    private final MessageSource messages;

    AdminFormsController(
            CurrentUsers users,
            CityRegistration registration,
            Invitations invitations,
            CityRepository cities,
            MessageSource messages) {
        this.users = users;
        this.registration = registration;
        this.invitations = invitations;
        this.cities = cities;
        this.messages = messages;
    }

    @GetMapping("/admin/cities/new")
    String newCity(Model model) {
        model.addAttribute("page", new CityFormPage("", "", "", FormErrors.NONE));
        return "account/admin-city";
    }

    @PostMapping("/admin/cities")
    String createCity(
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "slug", defaultValue = "") String slug,
            @RequestParam(name = "country", defaultValue = "") String country,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            City city = registration.create(users.require(), new CityRegistration.NewCity(name, slug, country));
            redirect.addFlashAttribute("created", city.name());
            return "redirect:/admin/invitations/new?city=" + city.id();
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "page", new CityFormPage(name, slug, country, FormErrors.of(e.problems(), messages, locale)));
            return "account/admin-city";
        }
    }

    @GetMapping("/admin/invitations/new")
    String newInvitation(@RequestParam(name = "city", required = false) Long city, Locale locale, Model model) {
        String role = city == null ? "" : Role.COORDINATOR.name();
        model.addAttribute(
                "page",
                new InviteFormPage(
                        "",
                        "",
                        role,
                        roles(),
                        choices(Optional.ofNullable(city)),
                        locale.getLanguage(),
                        FormErrors.NONE));
        return "account/admin-invite";
    }

    @PostMapping("/admin/invitations")
    String invite(
            @RequestParam(name = "username", defaultValue = "") String username,
            @RequestParam(name = "displayName", defaultValue = "") String displayName,
            @RequestParam(name = "role", defaultValue = "") String role,
            @RequestParam(name = "city", defaultValue = "") String city,
            @RequestParam(name = "language", defaultValue = "en") String language,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Optional<Role> chosenRole =
                Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst();
        Optional<Long> cityId = city.isBlank() ? Optional.empty() : parse(city);
        try {
            if (chosenRole.isEmpty()) {
                throw new InvalidInputException(
                        List.of(new FieldProblem("role", "account.problem.role.choose", List.of(), "choose a role")));
            }
            Invitations.Sent sent = invitations.invite(
                    users.require(),
                    new Invitations.Invite(
                            username, displayName, chosenRole.get(), cityId, Locale.forLanguageTag(language)),
                    AdminController.baseUrl());
            redirect.addFlashAttribute("link", sent.link());
            return "redirect:/admin/accounts/" + sent.account().id();
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "page",
                    new InviteFormPage(
                            username,
                            displayName,
                            role,
                            roles(),
                            choices(cityId),
                            language,
                            FormErrors.of(e.problems(), messages, locale)));
            return "account/admin-invite";
        }
    }

    private List<CityChoice> choices(Optional<Long> selected) {
        return cities.findAll().stream()
                .map(c -> new CityChoice(
                        c.id(),
                        c.name(),
                        c.country(),
                        c.synthetic(),
                        selected.map(s -> s == c.id()).orElse(false)))
                .toList();
    }

    private static List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }
}
