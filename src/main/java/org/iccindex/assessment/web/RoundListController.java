package org.iccindex.assessment.web;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.account.Role;
import org.iccindex.assessment.Refusal;
import org.iccindex.assessment.ReviewRequests;
import org.iccindex.assessment.Round;
import org.iccindex.assessment.Rounds;
import org.iccindex.city.CityRepository;
import org.iccindex.wording.Countries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The rounds a person works on, and starting a new one (from the city's previous round when there is one). */
@Controller
class RoundListController {
    private final Rounds rounds;
    private final ReviewRequests requests;
    private final CityRepository cities;
    private final CurrentUsers users;

    private final Clock clock;

    RoundListController(
            Rounds rounds, ReviewRequests requests, CityRepository cities, CurrentUsers users, Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.rounds = rounds;
        this.cities = cities;
        this.users = users;
    }

    @GetMapping("/rounds")
    String list(Locale locale, Model model) {
        CurrentUser user = users.require();
        Set<Long> waiting = requests.waitingForDecision(user);
        List<RoundListPage.Item> items = rounds.visibleTo(user).stream()
                .map(r -> new RoundListPage.Item(
                        r.id(),
                        r.city().name(),
                        r.city().country(),
                        r.year(),
                        r.edition().value(),
                        r.status().name(),
                        r.city().synthetic(),
                        waiting.contains(r.id())))
                .toList();
        boolean canStart = user.isProgrammeStaff() || user.role() == Role.COORDINATOR;
        List<RoundListPage.CityOption> options = user.isProgrammeStaff()
                ? cities.findAll().stream()
                        .map(c -> new RoundListPage.CityOption(
                                c.id(), c.name() + ", " + Countries.name(c.country(), locale)))
                        .toList()
                : List.of();
        model.addAttribute(
                "page",
                new RoundListPage(
                        items,
                        canStart,
                        options,
                        Year.now(clock).getValue(),
                        user.isProgrammeStaff(),
                        user.displayName()));
        return "assessment/rounds";
    }

    @PostMapping("/rounds")
    String start(
            @RequestParam(name = "city", required = false) Long city,
            @RequestParam(name = "year", required = false) Integer year) {
        CurrentUser user = users.require();
        if (!user.isProgrammeStaff() && user.role() != Role.COORDINATOR) {
            throw new Refusal(Refusal.Reason.NOT_ALLOWED, "only the city's coordinator or an analyst starts a round");
        }
        if (year == null || (user.isProgrammeStaff() && city == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "choose the city and the year of the round");
        }
        long cityId = user.isProgrammeStaff() ? city : user.cityId().orElseThrow();
        Round round = rounds.start(user, cityId, year);
        return "redirect:/rounds/" + round.id();
    }
}
