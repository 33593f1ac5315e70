package org.iccindex.assessment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.assessment.Evidence;
import org.iccindex.assessment.EvidenceRecords;
import org.iccindex.assessment.Refusal;
import org.iccindex.assessment.RoundNotFoundException;
import org.iccindex.assessment.Rounds;
import org.iccindex.definition.QuestionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Links and files of answers. A file is only ever sent as a download, with our content type, {@code nosniff} and a
 * sandboxing policy: never shown inline, never run.
 */
@Controller
class EvidenceController {
    private final EvidenceRecords evidence;
    private final Rounds rounds;
    private final CurrentUsers users;
    private final MessageSource messages;

    EvidenceController(EvidenceRecords evidence, Rounds rounds, CurrentUsers users, MessageSource messages) {
        this.evidence = evidence;
        this.rounds = rounds;
        this.users = users;
        this.messages = messages;
    }

    @PostMapping("/rounds/{roundId}/answers/{question}/links")
    String addLink(
            @PathVariable("roundId") long id,
            @PathVariable String question,
            @RequestParam(name = "url", defaultValue = "") String url,
            @RequestParam(name = "label", defaultValue = "") String label,
            Locale locale,
            RedirectAttributes redirect) {
        QuestionCode code = code(question);
        try {
            evidence.addLink(id, code, url, label, users.require());
        } catch (Refusal refusal) {
            return back(id, code, refusal, locale, redirect);
        }
        return redirectTo(id, code);
    }

    @PostMapping("/rounds/{roundId}/answers/{question}/files")
    String addFile(
            @PathVariable("roundId") long id,
            @PathVariable String question,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        QuestionCode code = code(question);
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? "" : file.getOriginalFilename();
            evidence.addFile(id, code, name, bytes, users.require());
        } catch (Refusal refusal) {
            return back(id, code, refusal, locale, redirect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return redirectTo(id, code);
    }

    @PostMapping("/rounds/{roundId}/evidence/{evidenceId}/remove")
    String remove(@PathVariable("roundId") long id, @PathVariable long evidenceId) {
        CurrentUser user = users.require();
        Evidence item = evidence.of(id, user).stream()
                .filter(e -> e.id() == evidenceId)
                .findFirst()
                .orElseThrow(() -> new RoundNotFoundException("no evidence " + evidenceId));
        evidence.remove(id, evidenceId, user);
        return redirectTo(id, new QuestionCode(item.questionCode()));
    }

    @GetMapping("/rounds/{roundId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable("roundId") long id, @PathVariable long evidenceId) {
        return Attachments.download(evidence.download(id, evidenceId, users.require()));
    }

    private String back(long id, QuestionCode code, Refusal refusal, Locale locale, RedirectAttributes redirect) {
        if (refusal.reason() == Refusal.Reason.NOT_ALLOWED || refusal.reason() == Refusal.Reason.NOT_EDITABLE) {
            throw refusal;
        }
        redirect.addFlashAttribute("flashQuestion", code.value());
        redirect.addFlashAttribute(
                "flashMessage",
                messages.getMessage(refusal.reason().messageKey(), null, locale)
                        + (refusal.details().isEmpty() ? "" : " " + String.join("; ", refusal.details())));
        return redirectTo(id, code);
    }

    private String redirectTo(long id, QuestionCode code) {
        String area = rounds.contents(id, users.require())
                .definition()
                .question(code)
                .orElseThrow(() -> new RoundNotFoundException("no question " + code))
                .area()
                .value();
        return "redirect:/rounds/" + id + "/areas/" + area + "#" + PageStrings.anchor(code.value());
    }

    private static QuestionCode code(String question) {
        if (!QuestionCode.isValid(question)) {
            throw new RoundNotFoundException("no question " + question);
        }
        return new QuestionCode(question);
    }
}
