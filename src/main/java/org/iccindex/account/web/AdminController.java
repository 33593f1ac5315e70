package org.iccindex.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iccindex.account.AccountAdministration;
import org.iccindex.account.AccountAudit;
import org.iccindex.account.AccountSummary;
import org.iccindex.account.Accounts;
import org.iccindex.account.AuditEntry;
import org.iccindex.account.CurrentUsers;
import org.iccindex.account.InvalidInputException;
import org.iccindex.account.Invitations;
import org.iccindex.account.Outbox;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administration: the cities and accounts, one account with its history, the outbox and the audit trail. */
@Controller
class AdminController {
    /** A city in the administrators' list, with how many accounts act for it. */
    record CityLine(String name, String slug, String country, boolean synthetic, long accounts) {}

    /** The overview page; {@code hiddenSynthetic}: fictional sample cities without accounts, not listed. */
    record AdminPage(List<CityLine> cities, int hiddenSynthetic, List<AccountSummary> accounts) {}

    /** One account, its history, and a link just made for it (shown once). */
    record AccountPage(
            AccountSummary account, boolean self, List<AuditEntry> history, Optional<String> link, String error) {}

    /** The latest messages of the outbox. */
    record OutboxPage(List<Outbox.Message> messages, boolean delivered) {}

    /** The latest entries of the audit trail. */
    record AuditPage(List<AuditEntry> entries, int limit) {}

    static final int AUDIT_LIMIT = 500;

    private final CurrentUsers users;
    private final Accounts accounts;
    private final AccountAdministration administration;
    private final Invitations invitations;
    private final CityRepository cities;
    private final AccountAudit audit;
    private final Outbox outbox;
    private final MessageSource messages;

    AdminController(
            CurrentUsers users,
            Accounts accounts,
            AccountAdministration administration,
            Invitations invitations,
            CityRepository cities,
            AccountAudit audit,
            Outbox outbox,
            MessageSource messages) {
        this.users = users;
        this.accounts = accounts;
        this.administration = administration;
        this.invitations = invitations;
        this.cities = cities;
        this.audit = audit;
        this.outbox = outbox;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String overview(Model model) {
        List<AccountSummary> all = accounts.summaries();
        Map<Long, Long> perCity = all.stream()
                .filter(a -> a.user().cityId().isPresent())
                .collect(Collectors.groupingBy(a -> a.user().cityId().get(), Collectors.counting()));
        List<City> everyCity = cities.findAll();
        List<CityLine> shown = everyCity.stream()
                .filter(c -> !c.synthetic() || perCity.containsKey(c.id()))
                .map(c -> new CityLine(
                        c.name(), c.slug().value(), c.country(), c.synthetic(), perCity.getOrDefault(c.id(), 0L)))
                .toList();
        model.addAttribute("page", new AdminPage(shown, everyCity.size() - shown.size(), all));
        return "account/admin";
    }

    @GetMapping("/admin/accounts/{accountId}")
    String account(@PathVariable long accountId, Model model) {
        AccountSummary account = accounts.summary(accountId).orElseThrow(AdminController::notFound);
        String link = (String) model.asMap().get("link");
        String error = (String) model.asMap().getOrDefault("error", "");
        model.addAttribute(
                "page",
                new AccountPage(
                        account,
                        account.user().id() == users.require().id(),
                        audit.latest(Optional.of(account.user().username()), 100),
                        Optional.ofNullable(link),
                        error));
        return "account/admin-account";
    }

    @PostMapping("/admin/accounts/{accountId}/disable")
    String disable(@PathVariable long accountId, Locale locale, RedirectAttributes redirect) {
        return act(accountId, locale, redirect, () -> administration.disable(users.require(), accountId));
    }

    @PostMapping("/admin/accounts/{accountId}/enable")
    String enable(@PathVariable long accountId, Locale locale, RedirectAttributes redirect) {
        return act(accountId, locale, redirect, () -> administration.enable(users.require(), accountId));
    }

    /** A new sign-in link (invitation not yet used, or a forgotten password); older links stop working. */
    @PostMapping("/admin/accounts/{accountId}/invitation")
    String newLink(@PathVariable long accountId, Locale locale, RedirectAttributes redirect) {
        return act(accountId, locale, redirect, () -> {
            Invitations.Sent sent = invitations.renewLink(users.require(), accountId, locale, baseUrl());
            redirect.addFlashAttribute("link", sent.link());
        });
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        model.addAttribute("page", new OutboxPage(outbox.latest(200), outbox.delivered()));
        return "account/admin-outbox";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("page", new AuditPage(audit.latest(Optional.empty(), AUDIT_LIMIT), AUDIT_LIMIT));
        return "account/admin-audit";
    }

    private String act(long accountId, Locale locale, RedirectAttributes redirect, Runnable action) {
        if (accounts.summary(accountId).isEmpty()) {
            throw notFound();
        }
        try {
            action.run();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "error",
                    String.join(
                            " ",
                            FormErrors.of(e.problems(), messages, locale)
                                    .byField()
                                    .values()));
        }
        return "redirect:/admin/accounts/" + accountId;
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such account");
    }
}
