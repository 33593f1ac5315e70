package org.iccindex.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.city.City;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;
import org.iccindex.result.AnswersBasis;

/**
 * A round: one city answering one edition in one year. Its status changes only through the named transitions,
 * each checking who acts and what the round holds (completeness, open queries, as loaded with it) and recording
 * who and when. The repository stores the transitions a method added ({@link #pendingTransitions()}).
 */
public final class Round {

    /**
     * Where a round stands: draft -> submitted -> (returned for changes -> submitted)* -> validated -> published; a
     * published round goes on to correcting -> submitted ... -> published again when an analyst accepts the city's
     * review request.
     */
    public enum Status {
        /** Being answered by the city: coordinators and contributors change answers and evidence. */
        DRAFT,
        /** Sent by the coordinator for review: answers are frozen while analysts check them and raise queries. */
        SUBMITTED,
        /** Sent back by an analyst with a reason: the city changes answers again and resubmits. */
        RETURNED,
        /** Checked by an analyst, complete and without open query: ready to be published. */
        VALIDATED,
        /** Scores computed by the engine and stored as a result of the public sample; reopened only by a correction. */
        PUBLISHED,
        /**
         * Published, then reopened because an analyst accepted the city's review request: the city changes the
         * answers of the contested areas only, the published result stays public until the correction is published.
         */
        CORRECTING;

        /** Whether the city can change answers and evidence in this status. */
        public boolean isEditable() {
            return this == DRAFT || this == RETURNED || this == CORRECTING;
        }
    }

    /** One change of status: who, when, and the reason given when a round is returned. */
    public record Transition(Optional<Status> from, Status to, Actor actor, Instant at, Optional<String> reason) {
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final long id;
    private final City city;
    private final EditionId edition;
    private final int year;
    private final AnswersBasis answersBasis;
    private final Optional<Long> copiedFrom;
    private final int version;
    private final List<Transition> transitions;
    private final Completeness completeness;
    private final List<String> openQueries;
    private final Set<AreaCode> correcting;
    private final List<Transition> pending = new ArrayList<>();
    private Status status;

    /**
     * A round as loaded: {@code completeness} and {@code openQueries} (question codes of the open queries) describe
     * its contents at load time and decide whether it may be submitted or validated; {@code correcting}: the areas of
     * the review request being corrected (empty when no correction is under way), the only areas whose answers may
     * change.
     */
    public Round(
            long id,
            City city,
            EditionId edition,
            int year,
            Status status,
            AnswersBasis answersBasis,
            Optional<Long> copiedFrom,
            int version,
            List<Transition> transitions,
            Completeness completeness,
            List<String> openQueries,
            Set<AreaCode> correcting) {
        this.id = id;
        this.city = Objects.requireNonNull(city, "city");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.year = year;
        this.status = Objects.requireNonNull(status, "status");
        this.answersBasis = Objects.requireNonNull(answersBasis, "answersBasis");
        this.copiedFrom = Objects.requireNonNull(copiedFrom, "copiedFrom");
        this.version = version;
        this.transitions = List.copyOf(transitions);
        this.completeness = Objects.requireNonNull(completeness, "completeness");
        this.openQueries = List.copyOf(openQueries);
        this.correcting = Set.copyOf(correcting);
    }

    /** Sends the round for review. Only the city's coordinator, only when every mandatory answer is given and confirmed. */
    public void submit(CurrentUser by, Instant at) {
        requireRole(by, Role.COORDINATOR, "only the city's coordinator submits a round");
        if (!by.actsFor(city.id()) || by.cityId().isEmpty()) {
            throw new Refusal(Refusal.Reason.NOT_ALLOWED, "only the city's coordinator submits a round");
        }
        requireStatus("submit", Status.DRAFT, Status.RETURNED, Status.CORRECTING);
        if (!completeness.isComplete()) {
            List<String> items = new ArrayList<>();
            completeness.missingMandatory().forEach(q -> items.add(q.value()));
            completeness.unconfirmed().forEach(q -> items.add(q.value()));
            throw new Refusal(
                    Refusal.Reason.INCOMPLETE,
                    "mandatory answers missing or carried-over answers not confirmed",
                    items);
        }
        move(Status.SUBMITTED, by, at, Optional.empty());
    }

    /** Sends a submitted (or validated) round back to the city, with the reason. Analysts only. */
    public void returnForChanges(CurrentUser by, String reason, Instant at) {
        requireRole(by, Role.ANALYST, "only an analyst returns a round for changes");
        requireStatus("return for changes", Status.SUBMITTED, Status.VALIDATED);
        if (reason == null || reason.isBlank()) {
            throw new Refusal(Refusal.Reason.TEXT_REQUIRED, "say what the city should change");
        }
        move(Status.RETURNED, by, at, Optional.of(reason.strip()));
    }

    /** Accepts a submitted round. Analysts only, and only when no review query is open. */
    public void validate(CurrentUser by, Instant at) {
        requireRole(by, Role.ANALYST, "only an analyst validates a round");
        requireStatus("validate", Status.SUBMITTED);
        if (!openQueries.isEmpty()) {
            throw new Refusal(Refusal.Reason.OPEN_QUERIES, "review queries are still open", openQueries);
        }
        move(Status.VALIDATED, by, at, Optional.empty());
    }

    /**
     * Publishes a validated round without open review query; the caller computes and stores its scores in the same
     * transaction. Analysts only.
     */
    public void publish(CurrentUser by, Instant at) {
        requireRole(by, Role.ANALYST, "only an analyst publishes a round");
        requireStatus("publish", Status.VALIDATED);
        if (!openQueries.isEmpty()) {
            // a query raised after validation: the answer it asks about may still change
            throw new Refusal(Refusal.Reason.OPEN_QUERIES, "review queries are still open", openQueries);
        }
        move(Status.PUBLISHED, by, at, Optional.empty());
    }

    /**
     * Reopens a published round for the correction of the areas of the city's review request, which an analyst
     * accepts. Analysts only. The round then goes through submission, validation and publication again.
     */
    public void reopenForCorrection(CurrentUser by, String reason, Instant at) {
        requireRole(by, Role.ANALYST, "only an analyst accepts a review request");
        requireStatus("reopen for a correction", Status.PUBLISHED);
        move(Status.CORRECTING, by, at, Optional.of(reason));
    }

    private void move(Status to, CurrentUser by, Instant at, Optional<String> reason) {
        pending.add(new Transition(Optional.of(status), to, Actor.of(by), at, reason));
        status = to;
    }

    private static void requireRole(CurrentUser by, Role role, String message) {
        if (by.role() != role) {
            throw new Refusal(Refusal.Reason.NOT_ALLOWED, message);
        }
    }

    private void requireStatus(String action, Status... allowed) {
        for (Status s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw new Refusal(Refusal.Reason.WRONG_STATUS, "cannot " + action + " a round that is " + status);
    }

    public long id() {
        return id;
    }

    public City city() {
        return city;
    }

    public EditionId edition() {
        return edition;
    }

    public int year() {
        return year;
    }

    public Status status() {
        return status;
    }

    /** Who wrote the answers: the city, or this project reconstructing them from the city's published report. */
    public AnswersBasis answersBasis() {
        return answersBasis;
    }

    public Optional<Long> copiedFrom() {
        return copiedFrom;
    }

    /** The version the round was loaded with; the repository stores a transition only if it is unchanged. */
    public int version() {
        return version;
    }

    /** Recorded transitions, oldest first (the first is the round's creation). */
    public List<Transition> transitions() {
        return transitions;
    }

    /** Transitions made since the round was loaded, not stored yet. */
    public List<Transition> pendingTransitions() {
        return List.copyOf(pending);
    }

    public Completeness completeness() {
        return completeness;
    }

    public List<String> openQueries() {
        return openQueries;
    }

    /** The areas under correction (empty when no correction is under way: then every area is concerned). */
    public Set<AreaCode> correcting() {
        return correcting;
    }

    /** Whether the city can change the answers of {@code area} now: the round is editable, and in a correction only the contested areas. */
    public boolean isEditable(AreaCode area) {
        return status.isEditable() && (correcting.isEmpty() || correcting.contains(area));
    }

    /** The last transition into {@link Status#RETURNED}, when the round is currently returned. */
    public Optional<Transition> returnReason() {
        if (status != Status.RETURNED) {
            return Optional.empty();
        }
        for (int i = transitions.size() - 1; i >= 0; i--) {
            if (transitions.get(i).to() == Status.RETURNED) {
                return Optional.of(transitions.get(i));
            }
        }
        return Optional.empty();
    }
}
