package org.iccindex.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.CurrentUsers;
import org.iccindex.assessment.AnswerCodec;
import org.iccindex.assessment.EvidenceBehindScores;
import org.iccindex.assessment.ReviewQuery;
import org.iccindex.assessment.Reviews;
import org.iccindex.assessment.Round;
import org.iccindex.assessment.RoundContents;
import org.iccindex.assessment.RoundNotFoundException;
import org.iccindex.assessment.Rounds;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.EvidenceCoverage;
import org.iccindex.web.PageWords;
import org.iccindex.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Review queries: the list per round, raising one on an answer, replying, resolving. */
@Controller
class ReviewController {
    private final Rounds rounds;
    private final Reviews reviews;
    private final CurrentUsers users;
    private final PageWords pageWords;
    private final EvidenceBehindScores evidence;

    ReviewController(
            Rounds rounds, Reviews reviews, CurrentUsers users, PageWords pageWords, EvidenceBehindScores evidence) {
        this.rounds = rounds;
        this.evidence = evidence;
        this.reviews = reviews;
        this.users = users;
        this.pageWords = pageWords;
    }

    @GetMapping("/rounds/{roundId}/review")
    String review(@PathVariable("roundId") long id, Locale locale, Model model) {
        CurrentUser user = users.require();
        Words words = pageWords.of(locale);
        Round round = rounds.load(id, user);
        RoundContents contents = rounds.contents(id, user);
        QuestionViews views = new QuestionViews(words);
        List<ReviewPage.Item> open = new ArrayList<>();
        List<ReviewPage.Item> resolved = new ArrayList<>();
        for (ReviewQuery query : reviews.of(id, user)) {
            Question q = contents.definition().question(query.question()).orElseThrow();
            QuestionView view = views.view(
                    q,
                    contents.answer(q.code()).orElseThrow(),
                    java.util.Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(query));
            ReviewPage.Item item = new ReviewPage.Item(
                    q.code().value(),
                    q.text().in(words.language()),
                    q.area().value(),
                    PageStrings.anchor(q.code().value()),
                    AnswerCodec.describe(
                            q, contents.answer(q.code()).orElseThrow().state().answer(), words.language()),
                    view.queries().get(0));
            (query.isOpen() ? open : resolved).add(item);
        }
        List<ReviewPage.Lacking> lacking = new ArrayList<>();
        for (EvidenceCoverage.Area area : evidence.of(id, user).areas().values()) {
            String areaName = contents.definition()
                    .area(area.code())
                    .map(a -> a.name().in(words.language()))
                    .orElse(area.code().value());
            for (QuestionCode code : area.unsupported()) {
                Question q = contents.definition().question(code).orElseThrow();
                lacking.add(new ReviewPage.Lacking(
                        q.text().in(words.language()),
                        area.code().value(),
                        areaName,
                        PageStrings.anchor(code.value())));
            }
        }
        model.addAttribute(
                "page",
                new ReviewPage(
                        RoundHeader.of(round, contents.definition(), user, words.language()),
                        open,
                        resolved,
                        lacking,
                        evidence.minNoteLength()));
        return "assessment/review";
    }

    @PostMapping("/rounds/{roundId}/answers/{question}/queries")
    String raise(
            @PathVariable("roundId") long id,
            @PathVariable String question,
            @RequestParam(name = "text", defaultValue = "") String text) {
        CurrentUser user = users.require();
        QuestionCode code = code(question);
        reviews.raise(id, code, text, user);
        return back(id, code, "", user);
    }

    @PostMapping("/rounds/{roundId}/queries/{queryId}/replies")
    String reply(
            @PathVariable("roundId") long id,
            @PathVariable long queryId,
            @RequestParam(name = "text", defaultValue = "") String text,
            @RequestParam(name = "from", defaultValue = "") String from) {
        CurrentUser user = users.require();
        ReviewQuery query = reviews.reply(id, queryId, text, user);
        return back(id, query.question(), from, user);
    }

    @PostMapping("/rounds/{roundId}/queries/{queryId}/resolve")
    String resolve(
            @PathVariable("roundId") long id,
            @PathVariable long queryId,
            @RequestParam(name = "from", defaultValue = "") String from) {
        CurrentUser user = users.require();
        ReviewQuery query = reviews.resolve(id, queryId, user);
        return back(id, query.question(), from, user);
    }

    private String back(long id, QuestionCode code, String from, CurrentUser user) {
        if (from.equals("review")) {
            return "redirect:/rounds/" + id + "/review";
        }
        String area = rounds.contents(id, user)
                .definition()
                .question(code)
                .orElseThrow()
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
