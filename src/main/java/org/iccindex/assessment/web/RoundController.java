package org.iccindex.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.account.Role;
import org.iccindex.assessment.EvidenceBehindScores;
import org.iccindex.assessment.Refusal;
import org.iccindex.assessment.Round;
import org.iccindex.assessment.RoundContents;
import org.iccindex.assessment.RoundNotFoundException;
import org.iccindex.assessment.RoundWorkflow;
import org.iccindex.assessment.Rounds;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.AreaScore;
import org.iccindex.scoring.EvidenceCoverage;
import org.iccindex.scoring.Rounding;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A round's page and its workflow steps, each behind a confirmation page. */
@Controller
class RoundController {
    /** The workflow steps, as they appear in URLs. */
    enum Step {
        SUBMIT,
        RETURN,
        VALIDATE,
        PUBLISH;

        static Step of(String path) {
            for (Step step : values()) {
                if (step.name().equalsIgnoreCase(path)) {
                    return step;
                }
            }
            throw new RoundNotFoundException("no step " + path);
        }

        public String path() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Rounds rounds;
    private final RoundWorkflow workflow;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final PageWords pageWords;
    private final EvidenceBehindScores evidence;

    RoundController(
            Rounds rounds,
            RoundWorkflow workflow,
            CurrentUsers users,
            MessageSource messages,
            PageWords pageWords,
            EvidenceBehindScores evidence) {
        this.rounds = rounds;
        this.evidence = evidence;
        this.workflow = workflow;
        this.users = users;
        this.messages = messages;
        this.pageWords = pageWords;
    }

    @GetMapping("/rounds/{roundId}")
    String round(@PathVariable("roundId") long id, Locale locale, Model model) {
        model.addAttribute("page", overview(id, users.require(), pageWords.of(locale)));
        return "assessment/round";
    }

    @GetMapping("/rounds/{roundId}/confirm/{step}")
    String confirm(@PathVariable("roundId") long id, @PathVariable String step, Locale locale, Model model) {
        model.addAttribute("page", overview(id, users.require(), pageWords.of(locale)));
        model.addAttribute("step", Step.of(step).path());
        return "assessment/confirm";
    }

    @PostMapping("/rounds/{roundId}/submit")
    String submit(
            @PathVariable("roundId") long id,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            workflow.submit(id, users.require());
        } catch (Refusal refusal) {
            return backToConfirmation(id, Step.SUBMIT, refusal, locale, model, response);
        }
        return done(id, Step.SUBMIT, redirect);
    }

    @PostMapping("/rounds/{roundId}/return")
    String returnForChanges(
            @PathVariable("roundId") long id,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            RedirectAttributes redirect) {
        workflow.returnForChanges(id, users.require(), reason);
        return done(id, Step.RETURN, redirect);
    }

    @PostMapping("/rounds/{roundId}/validate")
    String validate(
            @PathVariable("roundId") long id,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            workflow.validate(id, users.require());
        } catch (Refusal refusal) {
            return backToConfirmation(id, Step.VALIDATE, refusal, locale, model, response);
        }
        return done(id, Step.VALIDATE, redirect);
    }

    /**
     * A step refused because of what the round holds (missing answers, open queries) comes back to its confirmation
     * page, which lists them; any other refusal goes to the page of refusals.
     */
    private String backToConfirmation(
            long id, Step step, Refusal refusal, Locale locale, Model model, HttpServletResponse response) {
        if (refusal.reason() != Refusal.Reason.INCOMPLETE && refusal.reason() != Refusal.Reason.OPEN_QUERIES) {
            throw refusal;
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("refused", messages.getMessage(refusal.reason().messageKey(), null, locale));
        return confirm(id, step.path(), locale, model);
    }

    @PostMapping("/rounds/{roundId}/publish")
    String publish(@PathVariable("roundId") long id, RedirectAttributes redirect) {
        workflow.publish(id, users.require());
        return done(id, Step.PUBLISH, redirect);
    }

    private static String done(long id, Step step, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", "done." + step.path());
        return "redirect:/rounds/" + id;
    }

    RoundOverview overview(long id, CurrentUser user, Words words) {
        Round round = rounds.load(id, user);
        RoundContents contents = rounds.contents(id, user);
        Definition definition = contents.definition();
        String lang = words.language();
        ScoreCard card = Scorer.score(definition, contents.answerSet());
        EvidenceCoverage coverage = evidence.of(id, user);
        List<RoundOverview.AreaRow> areas = new ArrayList<>();
        for (Area area : definition.areas()) {
            AreaScore score = card.areas().get(area.code());
            String text = score == null
                    ? ""
                    : score.score().isPresent()
                            ? String.valueOf(Rounding.whole(score.score().getAsDouble()))
                            : "–";
            areas.add(new RoundOverview.AreaRow(
                    area.code().value(),
                    area.name().in(lang),
                    Progress.of(definition.questionsOf(area.code()), contents),
                    text,
                    coverage.areas().containsKey(area.code())
                            ? share(coverage.areas().get(area.code()).share())
                            : ""));
        }
        List<RoundOverview.TransitionLine> transitions = round.transitions().stream()
                .map(t -> new RoundOverview.TransitionLine(
                        words.when(t.at()), t.actor().name(), words.t("status." + t.to().name()), t.reason()))
                .toList();
        Round.Status status = round.status();
        boolean analyst = user.role() == Role.ANALYST;
        return new RoundOverview(
                RoundHeader.of(round, definition, user, lang),
                Progress.of(definition.questions(), contents),
                areas,
                items(definition, round.completeness().missingMandatory(), lang),
                items(definition, round.completeness().unconfirmed(), lang),
                whole(card.lens()),
                whole(card.aggregate()),
                share(coverage.overall()),
                evidence.minNoteLength(),
                transitions,
                round.openQueries().size(),
                items(
                        definition,
                        round.openQueries().stream()
                                .distinct()
                                .map(QuestionCode::new)
                                .toList(),
                        lang),
                new RoundOverview.Actions(
                        user.role() == Role.COORDINATOR && status.isEditable(),
                        analyst && (status == Round.Status.SUBMITTED || status == Round.Status.VALIDATED),
                        analyst && status == Round.Status.SUBMITTED,
                        analyst && status == Round.Status.VALIDATED,
                        user.role().isCityRole() && status.isEditable(),
                        user.isProgrammeStaff() || !round.openQueries().isEmpty()),
                status == Round.Status.PUBLISHED
                        ? Optional.of(round.city().slug().value())
                        : Optional.empty());
    }

    private static List<RoundOverview.Item> items(Definition definition, List<QuestionCode> codes, String lang) {
        List<RoundOverview.Item> items = new ArrayList<>();
        for (QuestionCode code : codes) {
            Question q = definition.question(code).orElseThrow();
            String areaName = definition
                    .area(q.area())
                    .map(a -> a.name().in(lang))
                    .orElse(q.area().value());
            items.add(new RoundOverview.Item(
                    code.value(), q.text().in(lang), q.area().value(), areaName, PageStrings.anchor(code.value())));
        }
        return items;
    }

    private static String share(java.util.OptionalDouble share) {
        return EvidenceBehindScores.percent(share).map(p -> p + " %").orElse("–");
    }

    private static Optional<String> whole(java.util.OptionalDouble value) {
        return value.isPresent() ? Optional.of(String.valueOf(Rounding.whole(value.getAsDouble()))) : Optional.empty();
    }
}
