package org.iccindex.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.assessment.AnswerInput;
import org.iccindex.assessment.Answering;
import org.iccindex.assessment.Refusal;
import org.iccindex.assessment.RoundNotFoundException;
import org.iccindex.assessment.Rounds;
import org.iccindex.assessment.SaveOutcome;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire, one area per page. Each answer is its own form: with JavaScript it saves as soon as it changes
 * (htmx, the response updates the status, version, progress and preview in place); without, through a plain post
 * and a redirect back to the question.
 */
@Controller
class QuestionnaireController {
    private final Rounds rounds;
    private final Answering answering;
    private final AreaPages pages;
    private final CurrentUsers users;
    private final PageWords pageWords;

    QuestionnaireController(
            Rounds rounds, Answering answering, AreaPages pages, CurrentUsers users, PageWords pageWords) {
        this.rounds = rounds;
        this.answering = answering;
        this.pages = pages;
        this.users = users;
        this.pageWords = pageWords;
    }

    @GetMapping("/rounds/{roundId}/areas/{area}")
    String area(@PathVariable("roundId") long id, @PathVariable String area, Locale locale, Model model) {
        model.addAttribute("page", pages.build(id, area, users.require(), pageWords.of(locale), Map.of()));
        return "assessment/area";
    }

    @PostMapping("/rounds/{roundId}/answers/{question}")
    String save(
            @PathVariable("roundId") long id,
            @PathVariable String question,
            @RequestParam(name = "notApplicable", defaultValue = "false") boolean notApplicable,
            @RequestParam(name = "justification", defaultValue = "") String justification,
            @RequestParam(name = "evidenceNote", defaultValue = "") String evidenceNote,
            @RequestParam(name = "version", required = false) Integer version,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser user = users.require();
        Question q = question(id, question, user);
        // read directly: binding one "value" to a List would split it at its commas ("11,5", free text)
        String[] values = request.getParameterValues("value");
        AnswerInput input = new AnswerInput(
                values == null ? List.of() : List.of(values), notApplicable, justification, evidenceNote);
        Words words = pageWords.of(locale);
        QuestionViews.Shown shown;
        try {
            // without a version the save is based on nothing: any difference from what is stored is a conflict
            SaveOutcome outcome = answering.save(id, q.code(), input, version == null ? -1 : version, user);
            if (outcome instanceof SaveOutcome.Conflict conflict) {
                shown = new QuestionViews.Shown(
                        QuestionViews.inputOf(q, conflict.theirs().state()), Optional.empty(), Optional.of(conflict));
                response.setStatus(htmx != null ? 200 : HttpServletResponse.SC_CONFLICT);
            } else {
                shown = null;
            }
        } catch (Refusal refusal) {
            if (refusal.reason() == Refusal.Reason.NOT_ALLOWED) {
                throw refusal;
            }
            String message = words.t(refusal.reason().messageKey())
                    + (refusal.details().isEmpty() ? "" : " " + String.join("; ", refusal.details()));
            shown = new QuestionViews.Shown(input, Optional.of(message), Optional.empty());
            response.setStatus(htmx != null ? 200 : 422);
        }
        String area = q.area().value();
        if (htmx == null && shown == null) {
            return "redirect:/rounds/" + id + "/areas/" + area + "#"
                    + PageStrings.anchor(q.code().value());
        }
        AreaPage page = pages.build(id, area, user, words, shown == null ? Map.of() : Map.of(q.code(), shown));
        model.addAttribute("page", page);
        if (htmx == null) {
            return "assessment/area";
        }
        model.addAttribute(
                "q",
                page.questions().stream()
                        .filter(v -> v.code().equals(q.code().value()))
                        .findFirst()
                        .orElseThrow());
        model.addAttribute("saved", shown == null);
        return "assessment/saved";
    }

    @PostMapping("/rounds/{roundId}/answers/{question}/confirm")
    String confirm(@PathVariable("roundId") long id, @PathVariable String question) {
        CurrentUser user = users.require();
        Question q = question(id, question, user);
        answering.confirm(id, q.code(), user);
        return "redirect:/rounds/" + id + "/areas/" + q.area() + "#"
                + PageStrings.anchor(q.code().value());
    }

    @PostMapping("/rounds/{roundId}/areas/{area}/confirm")
    String confirmArea(@PathVariable("roundId") long id, @PathVariable String area) {
        CurrentUser user = users.require();
        AreaCode code =
                AreaPages.area(rounds.contents(id, user).definition(), area).code();
        answering.confirmArea(id, code, user);
        return "redirect:/rounds/" + id + "/areas/" + code;
    }

    private Question question(long id, String code, CurrentUser user) {
        if (!QuestionCode.isValid(code)) {
            throw new RoundNotFoundException("no question " + code);
        }
        return rounds.contents(id, user)
                .definition()
                .question(new QuestionCode(code))
                .orElseThrow(() -> new RoundNotFoundException("no question " + code));
    }
}
