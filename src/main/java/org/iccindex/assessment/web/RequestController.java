package org.iccindex.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.account.Role;
import org.iccindex.assessment.Refusal;
import org.iccindex.assessment.ReviewRequest;
import org.iccindex.assessment.ReviewRequests;
import org.iccindex.assessment.Round;
import org.iccindex.assessment.Rounds;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contesting a published result: the round's review requests, asking for one, declining or accepting it. */
@Controller
class RequestController {
    private final Rounds rounds;
    private final ReviewRequests requests;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final PageWords pageWords;

    RequestController(
            Rounds rounds, ReviewRequests requests, CurrentUsers users, MessageSource messages, PageWords pageWords) {
        this.rounds = rounds;
        this.requests = requests;
        this.users = users;
        this.messages = messages;
        this.pageWords = pageWords;
    }

    @GetMapping("/rounds/{roundId}/requests")
    String requests(@PathVariable("roundId") long id, Locale locale, Model model) {
        CurrentUser user = users.require();
        Words words = pageWords.of(locale);
        String lang = words.language();
        Round round = rounds.load(id, user);
        Definition definition = rounds.contents(id, user).definition();
        Map<String, String> names = definition.areas().stream()
                .collect(Collectors.toMap(a -> a.code().value(), a -> a.name().in(lang)));
        List<ReviewRequest> all = requests.of(id, user);
        boolean pending = all.stream().anyMatch(r -> r.status().isPending());
        List<RequestsPage.Line> lines = all.stream()
                .map(r -> new RequestsPage.Line(
                        r.id(),
                        r.status().name(),
                        "request.status." + r.status().name(),
                        r.areas().stream()
                                .map(a -> names.getOrDefault(a.value(), a.value()))
                                .toList(),
                        r.reason(),
                        r.evidenceNote(),
                        r.evidenceLink(),
                        r.fileName(),
                        r.requestedBy().name(),
                        words.when(r.requestedAt()),
                        r.decidedBy().map(a -> a.name()),
                        r.decidedAt().map(words::when),
                        r.declineReason(),
                        r.correctedAt().map(words::when),
                        r.status() == ReviewRequest.Status.OPEN))
                .toList();
        model.addAttribute(
                "page",
                new RequestsPage(
                        RoundHeader.of(round, definition, user, lang),
                        lines,
                        user.role() == Role.COORDINATOR && round.status() == Round.Status.PUBLISHED && !pending,
                        user.role() == Role.ANALYST,
                        definition.areas().stream()
                                .map(Area::code)
                                .map(c -> new RequestsPage.AreaChoice(c.value(), names.get(c.value())))
                                .toList(),
                        ReviewRequests.MAX_REASON,
                        ReviewRequests.MAX_NOTE,
                        requests.maxBytes() / (1024 * 1024) + " MB"));
        return "assessment/requests";
    }

    @PostMapping("/rounds/{roundId}/requests")
    String request(
            @PathVariable("roundId") long id,
            @RequestParam(name = "areas", required = false) List<String> areas,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "note", defaultValue = "") String note,
            @RequestParam(name = "link", defaultValue = "") String link,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Optional<ReviewRequests.Upload> upload = file == null || file.isEmpty()
                ? Optional.empty()
                : Optional.of(new ReviewRequests.Upload(file.getOriginalFilename(), file.getBytes()));
        List<String> chosen = areas == null ? List.of() : areas;
        try {
            requests.request(id, new ReviewRequests.Ask(chosen, reason, note, link, upload), users.require());
        } catch (Refusal refusal) {
            if (refusal.reason() == Refusal.Reason.NOT_ALLOWED) {
                throw refusal;
            }
            // back to the form, with what was typed and why it was refused (a file has to be chosen again)
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", messages.getMessage(refusal.reason().messageKey(), null, locale));
            model.addAttribute("refusalDetails", refusal.details());
            model.addAttribute("typed", new RequestsPage.Typed(chosen, reason, note, link, upload.isPresent()));
            return requests(id, locale, model);
        }
        return done(id, "request.done.requested", redirect);
    }

    /** The file attached to a request: only ever sent as a download, as the files of answers are. */
    @GetMapping("/rounds/{roundId}/requests/{requestId}/file")
    ResponseEntity<byte[]> file(@PathVariable("roundId") long id, @PathVariable long requestId) {
        return Attachments.download(requests.file(id, requestId, users.require()));
    }

    @PostMapping("/rounds/{roundId}/requests/decline")
    String decline(
            @PathVariable("roundId") long id,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            RedirectAttributes redirect) {
        requests.decline(id, reason, users.require());
        return done(id, "request.done.declined", redirect);
    }

    @PostMapping("/rounds/{roundId}/requests/accept")
    String accept(@PathVariable("roundId") long id, RedirectAttributes redirect) {
        requests.accept(id, users.require());
        return done(id, "request.done.accepted", redirect);
    }

    private static String done(long id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", key);
        return "redirect:/rounds/" + id + "/requests";
    }
}
