package org.iccindex.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.InvalidInputException;
import org.iccindex.account.Invitations;
import org.iccindex.account.Invitations.LinkCheck;
import org.iccindex.account.Invitations.LinkStatus;
import org.iccindex.account.SessionSignIn;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The invitation link: the invited person chooses a password and is signed in. A link that is unknown (404), or
 * expired, used, replaced or of a disabled account (410), gets a page that says so and what to do.
 */
@Controller
class InvitationController {
    /** The page: the link's status; for a valid one, whom it is for and the password form. */
    record InvitationPage(
            String token,
            String status,
            String displayName,
            String username,
            String role,
            Optional<Instant> expiresAt,
            FormErrors errors) {}

    private final Invitations invitations;
    private final SessionSignIn signIn;
    private final MessageSource messages;

    InvitationController(Invitations invitations, SessionSignIn signIn, MessageSource messages) {
        this.invitations = invitations;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return render(token, invitations.check(token), FormErrors.NONE, model, response);
    }

    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            CurrentUser account = invitations.accept(token, password, confirmation);
            signIn.signIn(account, request, response);
            return "redirect:/account?welcome";
        } catch (InvalidInputException e) {
            return render(
                    token, invitations.check(token), FormErrors.of(e.problems(), messages, locale), model, response);
        } catch (Invitations.LinkUnusableException e) {
            return render(token, invitations.check(token), FormErrors.NONE, model, response);
        }
    }

    private static String render(
            String token, LinkCheck check, FormErrors errors, Model model, HttpServletResponse response) {
        if (check.status() == LinkStatus.UNKNOWN) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        } else if (check.status() != LinkStatus.VALID) {
            response.setStatus(HttpStatus.GONE.value());
        }
        model.addAttribute(
                "page",
                new InvitationPage(
                        check.status() == LinkStatus.VALID ? token : "",
                        check.status().name(),
                        check.account().map(CurrentUser::displayName).orElse(""),
                        check.account().map(CurrentUser::username).orElse(""),
                        check.account().map(a -> a.role().name()).orElse(""),
                        check.expiresAt(),
                        errors));
        return "account/invitation";
    }
}
