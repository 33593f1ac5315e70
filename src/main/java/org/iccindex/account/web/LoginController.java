package org.iccindex.account.web;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.iccindex.account.Accounts;
import org.iccindex.account.SignInLockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Accounts accounts;

    LoginController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        model.addAttribute("demoAccounts", accounts.demoAccounts());
        model.addAttribute("retryAt", retryAt(session).orElse(""));
        return "account/login";
    }

    /** When a locked sign-in may be tried again, as a time with its zone (e.g. "14:07 UTC"). */
    private static Optional<String> retryAt(HttpSession session) {
        if (session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLockedException e) {
            LocalDateTime at = e.retryAt().plusMinutes(e.retryAt().getSecond() > 0 ? 1 : 0);
            ZoneId zone = ZoneId.systemDefault();
            return Optional.of(at.format(TIME) + " "
                    + zone.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT));
        }
        return Optional.empty();
    }
}
