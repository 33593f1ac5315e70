package org.iccindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.persistence.AnswerRow;
import org.iccindex.assessment.persistence.AnswerStore;
import org.iccindex.assessment.persistence.AuditLog;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saving answers, one at a time as people type or in one batch from a file. Each answer has its own version: a save
 * based on an older version than the stored one is refused with both versions, so different answers never
 * conflict and nothing is overwritten silently. Every change goes to the audit log.
 */
@Service
public class Answering {
    private final Rounds rounds;
    private final AnswerStore answers;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    private final Clock clock;

    Answering(Rounds rounds, AnswerStore answers, AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.answers = answers;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Saves one answer if it is still at {@code expectedVersion}. Saving a carried-over answer confirms it.
     *
     * @throws Refusal when the person may not change answers, the round is not editable or the answer does not fit
     * @throws RoundNotFoundException for a round (or question) the person cannot see
     */
    public SaveOutcome save(long roundId, QuestionCode code, AnswerInput input, int expectedVersion, CurrentUser by) {
        return transaction.execute(status -> {
            RoundRow round = rounds.lockForAnswering(roundId, by);
            Question question = question(round, code);
            rounds.requireContested(round, question.area());
            AnswerState mine = AnswerCodec.parse(question, input);
            AnswerRow current = answers.find(roundId, code).orElseThrow();
            StoredAnswer stored = Rounds.stored(question, current);
            boolean same = same(question, stored.state(), mine);
            if (current.version() != expectedVersion) {
                return same ? new SaveOutcome.Saved(stored, false) : new SaveOutcome.Conflict(stored, mine);
            }
            if (same && !current.carriedOver()) {
                return new SaveOutcome.Saved(stored, false);
            }
            AnswerRow written = write(round, question, current, mine, Actor.of(by), clock.instant(), Optional.empty());
            return new SaveOutcome.Saved(Rounds.stored(question, written), true);
        });
    }

    /** Confirms a carried-over answer as it stands (no-op when it is confirmed already). */
    public StoredAnswer confirm(long roundId, QuestionCode code, CurrentUser by) {
        return transaction.execute(status -> {
            RoundRow round = rounds.lockForAnswering(roundId, by);
            Question question = question(round, code);
            rounds.requireContested(round, question.area());
            AnswerRow current = answers.find(roundId, code).orElseThrow();
            if (current.carriedOver()) {
                AnswerState state = Rounds.stored(question, current).state();
                current = write(round, question, current, state, Actor.of(by), clock.instant(), Optional.empty());
            }
            return Rounds.stored(question, current);
        });
    }

    /** Confirms every carried-over answer of one area as it stands; returns how many. */
    public int confirmArea(long roundId, AreaCode area, CurrentUser by) {
        return Objects.requireNonNull(transaction.execute(status -> {
            RoundRow round = rounds.lockForAnswering(roundId, by);
            rounds.requireContested(round, area);
            Definition definition = rounds.definition(round);
            Instant now = clock.instant();
            int confirmed = 0;
            for (Question question : definition.questionsOf(area)) {
                AnswerRow current = answers.find(roundId, question.code()).orElseThrow();
                if (current.carriedOver()) {
                    AnswerState state = Rounds.stored(question, current).state();
                    write(round, question, current, state, Actor.of(by), now, Optional.empty());
                    confirmed++;
                }
            }
            return confirmed;
        }));
    }

    /** One answer of a batch: the new state, whether to confirm it when unchanged, the version it was based on. */
    public record Change(QuestionCode question, AnswerState state, boolean confirm, OptionalInt basedOn) {}

    /**
     * Applies a batch of answers in one transaction, audited under one batch id: all or nothing. An answer whose
     * stored version moved past {@code basedOn} with different content is a conflict: nothing is saved and the
     * conflicts are returned (empty when the batch was saved).
     */
    BatchResult applyBatch(RoundRow round, List<Change> changes, Actor by, Instant at, String batch) {
        Definition definition = rounds.definition(round);
        List<StoredAnswer> conflicts = new ArrayList<>();
        Map<QuestionCode, AnswerRow> current = new java.util.HashMap<>();
        answers.findByRound(round.id()).forEach(r -> current.put(r.question(), r));
        for (Change change : changes) {
            Question question = definition.question(change.question()).orElseThrow();
            AnswerRow row = current.get(change.question());
            StoredAnswer stored = Rounds.stored(question, row);
            if (change.basedOn().isPresent()
                    && change.basedOn().getAsInt() != row.version()
                    && !same(question, stored.state(), change.state())) {
                conflicts.add(stored);
            }
        }
        if (!conflicts.isEmpty()) {
            return new BatchResult(conflicts, List.of(), Set.of(), 0);
        }
        List<Change> toWrite = new ArrayList<>();
        for (Change change : changes) {
            Question question = definition.question(change.question()).orElseThrow();
            AnswerRow row = current.get(change.question());
            boolean same = same(question, Rounds.stored(question, row).state(), change.state());
            if (!same || (change.confirm() && row.carriedOver())) {
                toWrite.add(change);
            }
        }
        // in a correction, every change outside the contested areas is listed at once, and nothing is saved
        Set<AreaCode> contested = rounds.correcting(round);
        List<Question> outside = toWrite.stream()
                .map(c -> definition.question(c.question()).orElseThrow())
                .filter(q -> !contested.isEmpty() && !contested.contains(q.area()))
                .toList();
        if (!outside.isEmpty()) {
            return new BatchResult(List.of(), outside, contested, 0);
        }
        for (Change change : toWrite) {
            Question question = definition.question(change.question()).orElseThrow();
            write(round, question, current.get(change.question()), change.state(), by, at, Optional.of(batch));
        }
        return new BatchResult(List.of(), List.of(), Set.of(), toWrite.size());
    }

    /**
     * A batch either saved ({@code written} answers changed or confirmed) or refused: for its conflicts, or, in a
     * correction, for the questions it would change outside the {@code contested} areas.
     */
    record BatchResult(
            List<StoredAnswer> conflicts, List<Question> notContested, Set<AreaCode> contested, int written) {}

    /** Writes the new state (audited) and returns the row as now stored. */
    private AnswerRow write(
            RoundRow round,
            Question question,
            AnswerRow current,
            AnswerState state,
            Actor by,
            Instant at,
            Optional<String> batch) {
        Instant stamp = at.truncatedTo(ChronoUnit.MICROS); // what both databases keep, so the returned row is exact
        AnswerState before = Rounds.stored(question, current).state();
        AnswerRow.Content content = new AnswerRow.Content(
                state.answer().flatMap(a -> AnswerCodec.value(question, a)),
                state.answer().flatMap(AnswerCodec::notApplicable),
                state.evidenceNote());
        if (!answers.update(current.id(), current.version(), content, by, stamp)) {
            throw new Refusal(
                    Refusal.Reason.CHANGED_MEANWHILE,
                    "the answer changed meanwhile",
                    List.of(question.code().value()));
        }
        String was = AnswerCodec.toAudit(question, before);
        String now = AnswerCodec.toAudit(question, state);
        audit.append(
                round.id(),
                Optional.of(question.code()),
                AuditEntry.Subject.ANSWER,
                was.equals(now) ? AuditEntry.Action.ANSWER_CONFIRMED : AuditEntry.Action.ANSWER_CHANGED,
                by,
                stamp,
                Optional.of(was),
                Optional.of(now),
                batch);
        return current.written(content, by, stamp);
    }

    private Question question(RoundRow round, QuestionCode code) {
        return rounds.definition(round)
                .question(code)
                .orElseThrow(() -> new RoundNotFoundException("no question " + code));
    }

    static boolean same(Question question, AnswerState a, AnswerState b) {
        return AnswerCodec.toAudit(question, a).equals(AnswerCodec.toAudit(question, b));
    }
}
