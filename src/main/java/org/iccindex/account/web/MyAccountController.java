package org.iccindex.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.AccountSummary;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.account.InvalidInputException;
import org.iccindex.account.SessionSignIn;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My account": who I am, the city I act for, and changing my password. */
@Controller
class MyAccountController {
    /** The page: the person, their city (for city roles), whether the password was just changed, form errors. */
    record MyAccountPage(
            String displayName,
            String username,
            String role,
            Optional<String> cityName,
            Optional<String> citySlug,
            Optional<Instant> lastSignInAt,
            boolean passwordChanged,
            boolean welcome,
            FormErrors errors) {}

    private final CurrentUsers users;
    private final Accounts accounts;
    private final MessageSource messages;

    private final SessionSignIn signIn;

    MyAccountController(CurrentUsers users, Accounts accounts, MessageSource messages, SessionSignIn signIn) {
        this.signIn = signIn;
        this.users = users;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account")
    String show(
            @RequestParam(name = "changed", required = false) String changed,
            @RequestParam(name = "welcome", required = false) String welcome,
            Model model) {
        model.addAttribute("page", page(users.require(), changed != null, welcome != null, FormErrors.NONE));
        return "account/my-account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(name = "current", required = false) String current,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "confirmation", required = false) String confirmation,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser user = users.require();
        try {
            accounts.changePassword(
                    user, current, password, confirmation == null ? "" : confirmation, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            model.addAttribute("page", page(user, false, false, FormErrors.of(e.problems(), messages, locale)));
            return "account/my-account";
        }
        signIn.refresh(user, request, response); // this session stays; the account's others end
        return "redirect:/account?changed";
    }

    private MyAccountPage page(CurrentUser user, boolean changed, boolean welcome, FormErrors errors) {
        AccountSummary summary = accounts.summary(user.id()).orElseThrow();
        return new MyAccountPage(
                user.displayName(),
                user.username(),
                user.role().name(),
                summary.cityName(),
                summary.citySlug(),
                summary.lastSignInAt(),
                changed,
                welcome,
                errors);
    }
}
