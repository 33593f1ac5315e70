package org.iccindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.persistence.AuditLog;
import org.iccindex.assessment.persistence.RequestStore;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.assessment.persistence.RoundStore;
import org.iccindex.definition.Definition;
import org.iccindex.definition.ProfileFact;
import org.iccindex.definition.ScoringChecksum;
import org.iccindex.publication.PublicDataChanged;
import org.iccindex.result.ComputedFigures;
import org.iccindex.result.ResultOrigin;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.AnswerSet;
import org.iccindex.scoring.ProfileFacts;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review workflow: each step loads the round locked, lets the {@link Round} aggregate check its preconditions,
 * and stores the new status (if nobody changed the round meanwhile), the transition and its audit entry in one
 * transaction. Publishing also scores the answers with the engine and stores the result in the sample; publishing a
 * correction stores it as the result's next version ({@link Corrections}).
 * {@code at}: when it happened (now, except when replaying history such as the demo data).
 */
@Service
public class RoundWorkflow {
    private final Rounds rounds;
    private final RoundStore store;
    private final AuditLog audit;
    private final ResultRepository results;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final RequestStore requests;
    private final Corrections corrections;

    private final Clock clock;

    RoundWorkflow(
            Rounds rounds,
            RoundStore store,
            AuditLog audit,
            ResultRepository results,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            RequestStore requests,
            Corrections corrections,
            Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.corrections = corrections;
        this.rounds = rounds;
        this.store = store;
        this.audit = audit;
        this.results = results;
        this.transaction = transaction;
        this.events = events;
    }

    public Round submit(long roundId, CurrentUser by) {
        return submit(roundId, by, clock.instant());
    }

    public Round submit(long roundId, CurrentUser by, Instant at) {
        return change(roundId, by, round -> round.submit(by, at), Optional.empty());
    }

    public Round returnForChanges(long roundId, CurrentUser by, String reason) {
        return change(roundId, by, round -> round.returnForChanges(by, reason, clock.instant()), Optional.empty());
    }

    public Round validate(long roundId, CurrentUser by) {
        return validate(roundId, by, clock.instant());
    }

    public Round validate(long roundId, CurrentUser by, Instant at) {
        return change(roundId, by, round -> round.validate(by, at), Optional.empty());
    }

    public Round publish(long roundId, CurrentUser by) {
        return publish(roundId, by, clock.instant());
    }

    /** Publishes the round and stores its scores as a result published on {@code at}'s date in the clock's zone. */
    public Round publish(long roundId, CurrentUser by, Instant at) {
        return change(roundId, by, (row, round) -> round.publish(by, at), Optional.of(at));
    }

    /**
     * Accepts the round's open review request: the published round is reopened for the correction of the contested
     * areas (the published result stays public meanwhile). Analysts only.
     */
    public Round acceptReviewRequest(long roundId, CurrentUser by) {
        Instant at = clock.instant();
        return change(
                roundId,
                by,
                (row, round) -> {
                    Optional<ReviewRequest> open =
                            requests.pending(row.id()).filter(r -> r.status() == ReviewRequest.Status.OPEN);
                    round.reopenForCorrection(
                            by, open.map(ReviewRequest::reason).orElse("-"), at);
                    ReviewRequest request = open.orElseThrow(
                            () -> new Refusal(Refusal.Reason.NO_OPEN_REQUEST, "the round has no open review request"));
                    if (!requests.accept(request.id(), Actor.of(by), at)) {
                        throw new Refusal(Refusal.Reason.CHANGED_MEANWHILE, "the request changed meanwhile");
                    }
                    ReviewRequests.log(
                            audit, row.id(), AuditEntry.Action.REVIEW_ACCEPTED, by, at, ReviewRequests.areas(request));
                },
                Optional.empty());
    }

    private Round change(long roundId, CurrentUser by, Consumer<Round> step, Optional<Instant> publishAt) {
        return change(roundId, by, (row, round) -> step.accept(round), publishAt);
    }

    private Round change(long roundId, CurrentUser by, BiConsumer<RoundRow, Round> step, Optional<Instant> publishAt) {
        Long id = transaction.execute(status -> {
            RoundRow row = rounds.lockVisible(roundId, by);
            RoundContents contents = rounds.contents(row);
            Round round = rounds.assemble(row, contents);
            Round.Status before = round.status();
            step.accept(row, round);
            if (!store.updateStatus(row.id(), row.version(), round.status())) {
                throw new Refusal(Refusal.Reason.CHANGED_MEANWHILE, "the round changed meanwhile");
            }
            for (Round.Transition t : round.pendingTransitions()) {
                store.insertTransition(row.id(), t);
                audit.append(
                        row.id(),
                        Optional.empty(),
                        AuditEntry.Subject.ROUND,
                        AuditEntry.Action.STATUS_CHANGED,
                        t.actor(),
                        t.at(),
                        Optional.of(before.name()),
                        Optional.of(
                                t.to().name() + t.reason().map(r -> ": " + r).orElse("")),
                        Optional.empty());
            }
            publishAt.ifPresent(at -> store.setResult(
                    row.id(),
                    row.resultId().isPresent()
                            ? corrected(row, contents, at, by)
                            : storeResult(row, contents, LocalDate.ofInstant(at, clock.getZone()))));
            return row.id();
        });
        return rounds.load(id, by);
    }

    /**
     * Scores the answers and stores the figures: as the round's result, or, when a source already published figures
     * for that round, as the computed set beside them (the published figures stay as they are).
     */
    private long storeResult(RoundRow row, RoundContents contents, LocalDate publishedOn) {
        ScoreCard card = Scorer.score(contents.definition(), contents.answerSet());
        ComputedFigures computed = computedFigures(row, contents, card);
        Optional<Long> existing = results.idOf(row.city().id(), row.edition(), row.year());
        if (existing.isPresent()) {
            if (results.hasComputed(existing.get())) {
                throw new Refusal(
                        Refusal.Reason.RESULT_EXISTS,
                        "a result of " + row.city().name() + " for " + row.edition() + " " + row.year()
                                + " already has figures computed from answers",
                        List.of(row.city().name() + " " + row.year()));
            }
            results.addComputed(existing.get(), computed);
            announce(row);
            return existing.get();
        }
        long id = results.insert(computedResult(row, contents, card, publishedOn), Optional.empty());
        announce(row);
        return id;
    }

    /** The figures the engine computed from the round's answers. */
    static ComputedFigures computedFigures(RoundRow row, RoundContents contents, ScoreCard card) {
        return new ComputedFigures(
                card.method(),
                ScoringChecksum.of(contents.definition()),
                card.areaScores(),
                card.lens(),
                card.aggregate(),
                "computed from the answers of the city's round " + row.year()
                        + ", validated and published by the programme",
                row.answersBasis());
    }

    /** A result of origin computed: the round's scores, with the profile facts its answers give. */
    static StoredResult computedResult(RoundRow row, RoundContents contents, ScoreCard card, LocalDate publishedOn) {
        Definition definition = contents.definition();
        AnswerSet answers = contents.answerSet();
        ComputedFigures computed = computedFigures(row, contents, card);
        return new StoredResult(
                0,
                row.city(),
                definition.edition(),
                row.year(),
                publishedOn,
                publishedOn.toString(),
                ResultOrigin.COMPUTED,
                card.method(),
                ProfileFacts.number(definition, answers, ProfileFact.POPULATION)
                        .map(p -> p.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()),
                ProfileFacts.number(definition, answers, ProfileFact.FOREIGN_BORN_PCT),
                ProfileFacts.number(definition, answers, ProfileFact.NON_NATIONAL_PCT),
                OptionalInt.empty(),
                card.areaScores(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                Optional.of(computed.source()),
                Optional.of(computed));
    }

    private long corrected(RoundRow row, RoundContents contents, Instant at, CurrentUser by) {
        long id = corrections.store(row, contents, at, by);
        announce(row);
        return id;
    }

    private void announce(RoundRow row) {
        events.publishEvent(new PublicDataChanged(
                PublicDataChanged.Subject.RESULTS,
                "result of " + row.city().name() + " " + row.edition() + " " + row.year() + " published"));
    }
}
