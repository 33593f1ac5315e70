package org.iccindex.account.web;

import java.util.List;
import org.iccindex.account.AccountSummary;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUsers;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A city's team: who answers for the city. Only for programme staff and the city's own people. */
@Controller
class TeamController {
    /** The page: the city and the accounts that act for it. */
    record TeamPage(String cityName, String citySlug, String country, List<AccountSummary> members) {}

    private final CurrentUsers users;
    private final CityRepository cities;
    private final Accounts accounts;

    TeamController(CurrentUsers users, CityRepository cities, Accounts accounts) {
        this.users = users;
        this.cities = cities;
        this.accounts = accounts;
    }

    @GetMapping("/team/{slug}")
    String team(@PathVariable String slug, Model model) {
        City city = (CitySlug.isValid(slug) ? cities.find(new CitySlug(slug)) : java.util.Optional.<City>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such city"));
        users.requireActingFor(city.id());
        model.addAttribute(
                "page", new TeamPage(city.name(), city.slug().value(), city.country(), accounts.team(city.id())));
        return "account/team";
    }
}
