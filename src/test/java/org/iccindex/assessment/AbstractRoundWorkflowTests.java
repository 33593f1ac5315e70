package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.iccindex.account.Accounts;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.Definition;
import org.iccindex.definition.QuestionCode;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.ResultOrigin;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.AnswersReader;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A round's life from draft to published, the rules of each step, and what it records, on a real database. */
abstract class AbstractRoundWorkflowTests {
    /** The application's clock: "today" is the day in icc.time.zone, not in the JVM's zone. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    Rounds rounds;

    @Autowired
    RoundWorkflow workflow;

    @Autowired
    Answering answering;

    @Autowired
    Reviews reviews;

    @Autowired
    RoundFiles files;

    @Autowired
    AuditTrail audit;

    @Autowired
    ResultRepository results;

    @Autowired
    EditionCatalog catalog;

    @Autowired
    CityRepository cities;

    @Autowired
    Accounts accounts;

    Fixture f;

    @BeforeEach
    void fixture() {
        f = Fixture.create(cities, accounts);
    }

    private Refusal.Reason refusal(Runnable action) {
        return catchThrowableOfType(Refusal.class, action::run).reason();
    }

    private void answerEverything(Round round) {
        UploadReport report = files.uploadAnswers(
                round.id(), "answers.yaml", Fixture.valmonteAnswersWithout(List.of()), f.coordinator());
        assertThat(report.problems()).isEmpty();
        assertThat(report.saved()).isTrue();
    }

    @Test
    void aRoundGoesFromDraftToPublishedAndItsScoresJoinTheSample() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        assertThat(round.status()).isEqualTo(Round.Status.DRAFT);
        assertThat(round.copiedFrom()).isEmpty();

        assertThat(refusal(() -> workflow.submit(round.id(), f.contributor()))).isEqualTo(Refusal.Reason.NOT_ALLOWED);
        Refusal incomplete = catchThrowableOfType(Refusal.class, () -> workflow.submit(round.id(), f.coordinator()));
        assertThat(incomplete.reason()).isEqualTo(Refusal.Reason.INCOMPLETE);
        assertThat(incomplete.details()).hasSize(77).contains("profile.population", "commitment.strategy");

        answerEverything(round);
        assertThat(workflow.submit(round.id(), f.coordinator()).status()).isEqualTo(Round.Status.SUBMITTED);
        assertThat(refusal(() -> answering.save(
                        round.id(), new QuestionCode("commitment.strategy"), input("adopted"), 1, f.coordinator())))
                .isEqualTo(Refusal.Reason.NOT_EDITABLE);

        ReviewQuery query = reviews.raise(
                round.id(), new QuestionCode("commitment.strategy"), "Which document is this?", f.analyst());
        Refusal blocked = catchThrowableOfType(Refusal.class, () -> workflow.validate(round.id(), f.analyst()));
        assertThat(blocked.reason()).isEqualTo(Refusal.Reason.OPEN_QUERIES);
        assertThat(blocked.details()).containsExactly("commitment.strategy");
        assertThat(refusal(() -> reviews.resolve(round.id(), query.id(), f.coordinator())))
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
        reviews.reply(round.id(), query.id(), "The draft strategy of March.", f.coordinator());
        ReviewQuery resolved = reviews.resolve(round.id(), query.id(), f.analyst());
        assertThat(resolved.messages())
                .extracting(ReviewQuery.Message::body)
                .containsExactly("Which document is this?", "The draft strategy of March.");
        assertThat(refusal(() -> workflow.publish(round.id(), f.analyst()))).isEqualTo(Refusal.Reason.WRONG_STATUS);
        assertThat(refusal(() -> workflow.validate(round.id(), f.coordinator())))
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
        workflow.validate(round.id(), f.analyst());
        Round published = workflow.publish(round.id(), f.analyst());

        assertThat(published.status()).isEqualTo(Round.Status.PUBLISHED);
        assertThat(published.transitions())
                .extracting(Round.Transition::to)
                .containsExactly(
                        Round.Status.DRAFT, Round.Status.SUBMITTED, Round.Status.VALIDATED, Round.Status.PUBLISHED);
        assertThat(published.transitions().get(1).actor().name())
                .isEqualTo(f.coordinator().displayName());
        assertThat(published.transitions().get(3).actor().name())
                .isEqualTo(f.analyst().displayName());

        Definition definition = catalog.current();
        ScoreCard expected = Scorer.score(
                definition,
                AnswersReader.read("v.yaml", Fixture.text(Fixture.VALMONTE), definition)
                        .answers()
                        .orElseThrow());
        List<StoredResult> stored = results.findByCity(f.city().slug());
        assertThat(stored).hasSize(1);
        StoredResult result = stored.get(0);
        assertThat(result.origin()).isEqualTo(ResultOrigin.COMPUTED);
        assertThat(result.method().id()).isEqualTo("points-ratio/1");
        assertThat(result.round()).isEqualTo(2024);
        assertThat(result.publishedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(result.population()).contains(180000L);
        assertThat(result.areaScores()).hasSize(17);
        expected.areaScores()
                .forEach((area, score) -> assertThat(result.areaScores().get(area))
                        .as(area.value())
                        .isCloseTo(score, within(1e-9)));
        assertThat(refusal(() -> workflow.publish(round.id(), f.analyst()))).isEqualTo(Refusal.Reason.WRONG_STATUS);

        List<AuditEntry> history = audit.of(round.id(), f.analyst());
        assertThat(history)
                .extracting(AuditEntry::action)
                .contains(
                        AuditEntry.Action.ROUND_STARTED,
                        AuditEntry.Action.ANSWER_CHANGED,
                        AuditEntry.Action.QUERY_RAISED,
                        AuditEntry.Action.QUERY_REPLIED,
                        AuditEntry.Action.QUERY_RESOLVED,
                        AuditEntry.Action.STATUS_CHANGED);
        assertThat(history)
                .filteredOn(e -> e.action() == AuditEntry.Action.ANSWER_CHANGED)
                .hasSize(95)
                .allSatisfy(e -> assertThat(e.batch()).isPresent())
                .extracting(AuditEntry::batch)
                .containsOnly(history.stream()
                        .filter(e -> e.action() == AuditEntry.Action.ANSWER_CHANGED)
                        .findFirst()
                        .orElseThrow()
                        .batch());
    }

    @Test
    void returningARoundNeedsAReasonAndLetsTheCityChangeItsAnswersAgain() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        answerEverything(round);
        workflow.submit(round.id(), f.coordinator());
        assertThat(refusal(() -> workflow.returnForChanges(round.id(), f.analyst(), " ")))
                .isEqualTo(Refusal.Reason.TEXT_REQUIRED);
        Round returned = workflow.returnForChanges(round.id(), f.analyst(), "Please add the 2025 budget.");
        assertThat(returned.status()).isEqualTo(Round.Status.RETURNED);
        assertThat(returned.returnReason()).hasValueSatisfying(t -> {
            assertThat(t.reason()).contains("Please add the 2025 budget.");
            assertThat(t.actor().name()).isEqualTo(f.analyst().displayName());
        });
        StoredAnswer budget = rounds.contents(round.id(), f.contributor())
                .answer(new QuestionCode("profile.intercultural_budget"))
                .orElseThrow();
        SaveOutcome saved =
                answering.save(round.id(), budget.question(), input("700000"), budget.version(), f.contributor());
        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(workflow.submit(round.id(), f.coordinator()).status()).isEqualTo(Round.Status.SUBMITTED);
    }

    @Test
    void aNewRoundStartsFromThePreviousOneWithEachAnswerMarkedUntilConfirmed() {
        Round first = rounds.start(f.coordinator(), f.city().id(), 2023);
        answerEverything(first);
        assertThat(refusal(() -> rounds.start(f.coordinator(), f.city().id(), 2026)))
                .isEqualTo(Refusal.Reason.UNFINISHED_ROUND);
        workflow.submit(first.id(), f.coordinator());
        workflow.validate(first.id(), f.analyst());
        workflow.publish(first.id(), f.analyst());
        assertThat(refusal(() -> rounds.start(f.contributor(), f.city().id(), 2026)))
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(refusal(() -> rounds.start(f.coordinator(), f.city().id(), 2023)))
                .isEqualTo(Refusal.Reason.ROUND_EXISTS);

        Round next = rounds.start(f.coordinator(), f.city().id(), 2026);
        assertThat(next.copiedFrom()).contains(first.id());
        RoundContents contents = rounds.contents(next.id(), f.coordinator());
        assertThat(contents.answers().values()).allSatisfy(a -> {
            assertThat(a.isGiven()).isTrue();
            assertThat(a.carriedOver()).isTrue();
        });
        assertThat(next.completeness().missingMandatory()).isEmpty();
        assertThat(next.completeness().unconfirmed()).hasSize(95);
        assertThat(refusal(() -> workflow.submit(next.id(), f.coordinator()))).isEqualTo(Refusal.Reason.INCOMPLETE);

        QuestionCode population = new QuestionCode("profile.population");
        StoredAnswer confirmed = answering.confirm(next.id(), population, f.contributor());
        assertThat(confirmed.carriedOver()).isFalse();
        assertThat(confirmed.state().answer())
                .isEqualTo(contents.answer(population).orElseThrow().state().answer());
        assertThat(audit.of(next.id(), population, f.coordinator()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditEntry.Action.ANSWER_CONFIRMED);
        StoredAnswer strategy =
                contents.answer(new QuestionCode("commitment.strategy")).orElseThrow();
        answering.save(next.id(), strategy.question(), input("adopted"), strategy.version(), f.coordinator());
        assertThat(rounds.contents(next.id(), f.coordinator())
                        .answer(strategy.question())
                        .orElseThrow()
                        .carriedOver())
                .isFalse();
        for (org.iccindex.definition.Area area : catalog.current().areas()) {
            answering.confirmArea(next.id(), area.code(), f.coordinator());
        }
        assertThat(rounds.load(next.id(), f.coordinator()).completeness().isComplete())
                .isTrue();
        assertThat(workflow.submit(next.id(), f.coordinator()).status()).isEqualTo(Round.Status.SUBMITTED);
    }

    @Test
    void twoSavesOfOneAnswerFromTheSameVersionConflictWhileDifferentAnswersNeverDo() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        QuestionCode strategy = new QuestionCode("commitment.strategy");
        QuestionCode budget = new QuestionCode("commitment.budget");

        SaveOutcome first = answering.save(round.id(), strategy, input("partial"), 0, f.coordinator());
        SaveOutcome second = answering.save(round.id(), strategy, input("adopted"), 0, f.contributor());
        SaveOutcome other = answering.save(round.id(), budget, input("yes"), 0, f.contributor());

        assertThat(first).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(other).isInstanceOf(SaveOutcome.Saved.class);
        // what a save acknowledges (version, who, when, content) is what anyone reads next
        assertThat(((SaveOutcome.Saved) other).answer())
                .isEqualTo(rounds.contents(round.id(), f.coordinator())
                        .answer(budget)
                        .orElseThrow());
        assertThat(second).isInstanceOf(SaveOutcome.Conflict.class);
        SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) second;
        assertThat(conflict.theirs().state().answer()).contains(new org.iccindex.scoring.Answer.Choice("partial"));
        assertThat(conflict.theirs().updatedBy())
                .hasValueSatisfying(
                        a -> assertThat(a.name()).isEqualTo(f.coordinator().displayName()));
        assertThat(conflict.yours().answer()).contains(new org.iccindex.scoring.Answer.Choice("adopted"));
        StoredAnswer stored =
                rounds.contents(round.id(), f.coordinator()).answer(strategy).orElseThrow();
        assertThat(stored.state().answer()).contains(new org.iccindex.scoring.Answer.Choice("partial"));
        assertThat(stored.version()).isEqualTo(1);

        // the same content from a stale version is no conflict: nothing would be lost
        assertThat(answering.save(round.id(), strategy, input("partial"), 0, f.contributor()))
                .isInstanceOfSatisfying(
                        SaveOutcome.Saved.class, s -> assertThat(s.changed()).isFalse());
        // choosing "mine" after seeing theirs: a save based on their version
        assertThat(answering.save(round.id(), strategy, input("adopted"), 1, f.contributor()))
                .isInstanceOfSatisfying(
                        SaveOutcome.Saved.class,
                        s -> assertThat(s.answer().version()).isEqualTo(2));
        assertThat(audit.of(round.id(), strategy, f.coordinator())).hasSize(2);
    }

    @Test
    void concurrentSavesOfOneAnswerLetExactlyOneThrough() throws Exception {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        QuestionCode note = new QuestionCode("profile.structure");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<SaveOutcome>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String text = "version " + i;
                outcomes.add(pool.submit(() -> answering.save(round.id(), note, input(text), 0, f.coordinator())));
            }
            int saved = 0;
            for (java.util.concurrent.Future<SaveOutcome> outcome : outcomes) {
                saved += outcome.get() instanceof SaveOutcome.Saved ? 1 : 0;
            }
            assertThat(saved).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(rounds.contents(round.id(), f.coordinator())
                        .answer(note)
                        .orElseThrow()
                        .version())
                .isEqualTo(1);
    }

    @Test
    void anotherCitysPeopleCannotSeeTheRoundAndAnalystsCannotAnswerForTheCity() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        QuestionCode strategy = new QuestionCode("commitment.strategy");
        assertThatThrownBy(() -> rounds.load(round.id(), f.stranger())).isInstanceOf(RoundNotFoundException.class);
        assertThatThrownBy(() -> answering.save(round.id(), strategy, input("adopted"), 0, f.stranger()))
                .isInstanceOf(RoundNotFoundException.class);
        assertThatThrownBy(() -> reviews.of(round.id(), f.stranger())).isInstanceOf(RoundNotFoundException.class);
        assertThatThrownBy(() -> files.answersJson(round.id(), f.stranger()))
                .isInstanceOf(RoundNotFoundException.class);
        assertThatThrownBy(() -> rounds.start(f.stranger(), f.city().id(), 2030))
                .isInstanceOf(RoundNotFoundException.class);
        assertThat(rounds.visibleTo(f.stranger())).extracting(RoundSummary::id).doesNotContain(round.id());
        assertThat(rounds.visibleTo(f.analyst())).extracting(RoundSummary::id).contains(round.id());
        assertThat(rounds.load(round.id(), f.analyst()).id()).isEqualTo(round.id());
        assertThat(refusal(() -> answering.save(round.id(), strategy, input("adopted"), 0, f.analyst())))
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
    }

    @Test
    void anAnswerThatDoesNotFitItsQuestionIsRefusedWithTheReason() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        Refusal percentage = catchThrowableOfType(
                Refusal.class,
                () -> answering.save(
                        round.id(), new QuestionCode("profile.non_nationals"), input("140"), 0, f.coordinator()));
        assertThat(percentage.reason()).isEqualTo(Refusal.Reason.INVALID_ANSWER);
        assertThat(percentage.details()).singleElement().asString().contains("between 0 and 100");
        Refusal noJustification = catchThrowableOfType(
                Refusal.class,
                () -> answering.save(
                        round.id(),
                        new QuestionCode("education.school_mixing"),
                        new AnswerInput(List.of(), true, " ", ""),
                        0,
                        f.coordinator()));
        assertThat(noJustification.details()).singleElement().asString().contains("justification");
        assertThat(answering.save(
                        round.id(),
                        new QuestionCode("education.school_mixing"),
                        new AnswerInput(List.of(), true, "Schools are run by the region.", ""),
                        0,
                        f.coordinator()))
                .isInstanceOf(SaveOutcome.Saved.class);
        assertThat(refusal(() -> answering.save(
                        round.id(),
                        new QuestionCode("commitment.budget"),
                        new AnswerInput(List.of(), true, "Not our business.", ""),
                        0,
                        f.coordinator())))
                .isEqualTo(Refusal.Reason.INVALID_ANSWER);
        assertThat(answering.save(
                        round.id(), new QuestionCode("profile.population"), input("181 500,5"), 0, f.coordinator()))
                .isInstanceOfSatisfying(
                        SaveOutcome.Saved.class,
                        s -> assertThat(s.answer().state().answer())
                                .contains(
                                        new org.iccindex.scoring.Answer.Numeric(new java.math.BigDecimal("181500.5"))));
    }

    @Test
    void removedEvidenceStaysOnRecordAndFilesAreCheckedByTheirContent() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        QuestionCode strategy = new QuestionCode("commitment.strategy");
        assertThat(refusal(() -> evidence().addLink(round.id(), strategy, "javascript:alert(1)", "", f.coordinator())))
                .isEqualTo(Refusal.Reason.INVALID_LINK);
        Evidence link =
                evidence().addLink(round.id(), strategy, "https://example.org/strategy", "Strategy", f.coordinator());
        byte[] pdf = "%PDF-1.4\n% a tiny test file\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Evidence file = evidence().addFile(round.id(), strategy, "../../strategy.pdf", pdf, f.contributor());
        assertThat(file.fileName()).contains("strategy.pdf");
        assertThat(file.contentType()).contains("application/pdf");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Refusal disguised = catchThrowableOfType(
                Refusal.class, () -> evidence().addFile(round.id(), strategy, "report.pdf", html, f.coordinator()));
        assertThat(disguised.reason()).isEqualTo(Refusal.Reason.FILE_REJECTED);
        assertThat(disguised.details()).singleElement().asString().contains("not what its extension says");
        assertThat(refusal(() -> evidence().addFile(round.id(), strategy, "page.html", html, f.coordinator())))
                .isEqualTo(Refusal.Reason.FILE_REJECTED);
        byte[] big = new byte[(int) evidence().maxBytes() + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        Refusal tooLarge = catchThrowableOfType(
                Refusal.class, () -> evidence().addFile(round.id(), strategy, "big.pdf", big, f.coordinator()));
        assertThat(tooLarge.details()).singleElement().asString().contains("larger than the limit");

        evidence().remove(round.id(), link.id(), f.coordinator());
        List<Evidence> all = evidence().of(round.id(), f.analyst());
        assertThat(all).extracting(Evidence::id).containsExactly(link.id(), file.id());
        assertThat(all.get(0).isRemoved()).isTrue();
        assertThat(all.get(0).removedBy())
                .hasValueSatisfying(
                        a -> assertThat(a.name()).isEqualTo(f.coordinator().displayName()));
        assertThat(audit.of(round.id(), strategy, f.analyst()))
                .extracting(AuditEntry::action, e -> e.before().orElse(""))
                .contains(org.assertj.core.groups.Tuple.tuple(
                        AuditEntry.Action.EVIDENCE_REMOVED, "link: Strategy <https://example.org/strategy>"));
        assertThat(evidence().download(round.id(), file.id(), f.analyst()).content())
                .isEqualTo(pdf);
        assertThatThrownBy(() -> evidence().download(round.id(), file.id(), f.stranger()))
                .isInstanceOf(RoundNotFoundException.class);
    }

    @Autowired
    EvidenceRecords evidenceRecords;

    private EvidenceRecords evidence() {
        return evidenceRecords;
    }

    @Test
    void aRoundWithAnOpenQueryIsNotPublishedAndAPublishedRoundsQueriesAreReadOnly() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2031);
        answerEverything(round);
        workflow.submit(round.id(), f.coordinator());
        workflow.validate(round.id(), f.analyst());
        ReviewQuery late = reviews.raise(
                round.id(), new QuestionCode("commitment.strategy"), "Is this the adopted text?", f.analyst());
        Refusal blocked = catchThrowableOfType(Refusal.class, () -> workflow.publish(round.id(), f.analyst()));
        assertThat(blocked.reason()).isEqualTo(Refusal.Reason.OPEN_QUERIES);
        assertThat(blocked.details()).containsExactly("commitment.strategy");

        ReviewQuery other =
                reviews.raise(round.id(), new QuestionCode("commitment.budget"), "Which budget line?", f.analyst());
        reviews.resolve(round.id(), late.id(), f.analyst());
        reviews.resolve(round.id(), other.id(), f.analyst());
        workflow.publish(round.id(), f.analyst());

        assertThat(refusal(() -> reviews.raise(
                        round.id(), new QuestionCode("commitment.strategy"), "One more thing", f.analyst())))
                .isEqualTo(Refusal.Reason.WRONG_STATUS);
        assertThat(refusal(() -> reviews.reply(round.id(), late.id(), "Late reply", f.coordinator())))
                .isEqualTo(Refusal.Reason.WRONG_STATUS);
        assertThat(refusal(() -> reviews.resolve(round.id(), late.id(), f.analyst())))
                .isEqualTo(Refusal.Reason.WRONG_STATUS);
    }

    static AnswerInput input(String value) {
        return new AnswerInput(List.of(value), false, "", "");
    }
}
