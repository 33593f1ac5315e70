package org.iccindex.account.web;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.iccindex.account.Accounts;
import org.iccindex.account.SignInLockedException;
import org.iccindex.shared.PageTimes;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {
    private final Accounts accounts;
    private final PageTimes times;

    LoginController(Accounts accounts, PageTimes times) {
        this.accounts = accounts;
        this.times = times;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        model.addAttribute("demoAccounts", accounts.demoAccounts());
        model.addAttribute("retryAt", retryAt(session, times).orElse(""));
        return "account/login";
    }

    /** When a locked sign-in may be tried again, as a time with its zone (e.g. "14:07 CET"), rounded up to the minute. */
    private static Optional<String> retryAt(HttpSession session, PageTimes times) {
        if (session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLockedException e) {
            Instant minute = e.retryAt().truncatedTo(ChronoUnit.MINUTES);
            return Optional.of(times.time(minute.equals(e.retryAt()) ? minute : minute.plus(1, ChronoUnit.MINUTES)));
        }
        return Optional.empty();
    }
}
