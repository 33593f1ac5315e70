package org.iccindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.assessment.persistence.AuditLog;
import org.iccindex.assessment.persistence.RequestStore;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.definition.AnswerBounds;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contesting a published result: the city's coordinator asks for a review of some areas of a published round, an
 * analyst declines (with a reason) or accepts, which reopens the round for a correction ({@link
 * RoundWorkflow#acceptReviewRequest}). Each step locks the round and is audited.
 */
@Service
public class ReviewRequests {
    /** The longest reason (of a request or of a decline). */
    public static final int MAX_REASON = 2000;
    /** The longest evidence note. */
    public static final int MAX_NOTE = 4000;

    private final Rounds rounds;
    private final RequestStore requests;
    private final RoundWorkflow workflow;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final AssessmentProperties properties;
    private final Clock clock;

    ReviewRequests(
            Rounds rounds,
            RequestStore requests,
            RoundWorkflow workflow,
            AuditLog audit,
            TransactionTemplate transaction,
            AssessmentProperties properties,
            Clock clock) {
        this.properties = properties;
        this.rounds = rounds;
        this.requests = requests;
        this.workflow = workflow;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a coordinator asks for: the contested areas, the reason, and optionally a note and a link as evidence. */
    public record Ask(Collection<String> areas, String reason, String note, String link, Optional<Upload> file) {
        /** A request without a file. */
        public Ask(Collection<String> areas, String reason, String note, String link) {
            this(areas, reason, note, link, Optional.empty());
        }
    }

    /** A file as uploaded: its name as the browser gave it, and its bytes. */
    public record Upload(String name, byte[] content) {}

    /** The round's requests, oldest first, for someone who may see the round. */
    public List<ReviewRequest> of(long roundId, CurrentUser user) {
        rounds.visibleRow(roundId, user);
        return requests.findByRound(roundId);
    }

    /** The rounds, among those {@code user} may see, whose review request waits for an analyst's decision. */
    public Set<Long> waitingForDecision(CurrentUser user) {
        Set<Long> open = requests.roundsWithOpenRequest();
        return rounds.visibleTo(user).stream()
                .map(RoundSummary::id)
                .filter(open::contains)
                .collect(Collectors.toSet());
    }

    /**
     * Asks for a review of a published round: the city's coordinator only, naming at least one area of the round's
     * edition, with a reason; refused while another request of the round is open or being corrected. Nothing is
     * saved when refused.
     */
    public ReviewRequest request(long roundId, Ask ask, CurrentUser by) {
        return transaction.execute(status -> {
            RoundRow round = rounds.lockVisible(roundId, by);
            if (by.role() != Role.COORDINATOR || by.cityId().isEmpty()) {
                throw new Refusal(Refusal.Reason.NOT_ALLOWED, "only the city's coordinator asks for a review");
            }
            if (round.status() != Round.Status.PUBLISHED) {
                throw new Refusal(
                        Refusal.Reason.WRONG_STATUS,
                        "a review request concerns a published round, not a " + round.status());
            }
            if (requests.pending(roundId).isPresent()) {
                throw new Refusal(
                        Refusal.Reason.REQUEST_PENDING, "a review request of this round is open or being corrected");
            }
            List<AreaCode> areas = areas(round, ask.areas());
            String reason = required(ask.reason(), MAX_REASON);
            Optional<String> note = optional(ask.note(), MAX_NOTE);
            Optional<String> link = optional(ask.link(), 2000);
            if (link.isPresent() && !EvidenceRecords.isWebAddress(link.get())) {
                throw new Refusal(Refusal.Reason.INVALID_LINK, "not a web address", List.of(link.get()));
            }
            Optional<RequestStore.Attachment> file = ask.file()
                    .filter(u -> u.content() != null && u.content().length > 0)
                    .map(this::checked);
            Instant now = clock.instant();
            long id = requests.insert(
                    roundId, new RequestStore.NewRequest(areas, reason, note, link, file), Actor.of(by), now);
            ReviewRequest made = find(roundId, id);
            log(
                    audit,
                    roundId,
                    AuditEntry.Action.REVIEW_REQUESTED,
                    by,
                    now,
                    areas(made) + ": " + reason
                            + note.map(n -> " · evidence: " + n).orElse("")
                            + link.map(l -> " · " + l).orElse("")
                            + file.map(f -> " · file: " + f.name() + " (" + f.content().length + " bytes, sha256 "
                                            + f.sha256() + ")")
                                    .orElse(""));
            return made;
        });
    }

    /** Declines the round's open request with the reason the city reads: analysts only. */
    public ReviewRequest decline(long roundId, String reason, CurrentUser by) {
        return transaction.execute(status -> {
            rounds.lockVisible(roundId, by);
            if (by.role() != Role.ANALYST) {
                throw new Refusal(Refusal.Reason.NOT_ALLOWED, "only an analyst decides on a review request");
            }
            ReviewRequest open = open(roundId);
            String why = required(reason, MAX_REASON);
            Instant now = clock.instant();
            if (!requests.decline(open.id(), Actor.of(by), now, why)) {
                throw new Refusal(Refusal.Reason.CHANGED_MEANWHILE, "the request changed meanwhile");
            }
            log(audit, roundId, AuditEntry.Action.REVIEW_DECLINED, by, now, why);
            return find(roundId, open.id());
        });
    }

    /** Accepts the round's open request: see {@link RoundWorkflow#acceptReviewRequest}. */
    public Round accept(long roundId, CurrentUser by) {
        return workflow.acceptReviewRequest(roundId, by);
    }

    /** The file attached to a request of the round, for someone who may see the round. */
    public EvidenceRecords.File file(long roundId, long requestId, CurrentUser user) {
        rounds.visibleRow(roundId, user);
        boolean ofRound = requests.findByRound(roundId).stream().anyMatch(r -> r.id() == requestId);
        RequestStore.Attachment file = requests.file(requestId)
                .filter(f -> ofRound)
                .orElseThrow(() -> new RoundNotFoundException("no file of request " + requestId));
        return new EvidenceRecords.File(file.name(), file.type(), file.content());
    }

    /** The largest file accepted, in bytes (as for the files of answers). */
    public long maxBytes() {
        return properties.maxEvidenceSize().toBytes();
    }

    private RequestStore.Attachment checked(Upload upload) {
        String name = EvidenceFiles.safeName(upload.name());
        String type = EvidenceFiles.check(name, upload.content(), maxBytes());
        return new RequestStore.Attachment(name, type, upload.content(), EvidenceRecords.sha256(upload.content()));
    }

    private ReviewRequest open(long roundId) {
        return requests.pending(roundId)
                .filter(r -> r.status() == ReviewRequest.Status.OPEN)
                .orElseThrow(() -> new Refusal(Refusal.Reason.NO_OPEN_REQUEST, "the round has no open review request"));
    }

    private ReviewRequest find(long roundId, long id) {
        return requests.findByRound(roundId).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The chosen areas in the definition's order; refused when none is chosen or one is not an area of the edition. */
    private List<AreaCode> areas(RoundRow round, Collection<String> chosen) {
        List<AreaCode> areas = new ArrayList<>();
        List<String> unknown = new ArrayList<>(chosen == null ? List.of() : chosen);
        for (Area area : rounds.definition(round).areas()) {
            if (unknown.remove(area.code().value())) {
                areas.add(area.code());
                unknown.removeIf(c -> c.equals(area.code().value()));
            }
        }
        if (areas.isEmpty() || !unknown.isEmpty()) {
            throw new Refusal(Refusal.Reason.NO_AREA, "choose one or more areas of the round", unknown);
        }
        return areas;
    }

    private static String required(String text, int max) {
        // control characters are removed wherever a text enters, as in answers and notes
        String body = text == null ? "" : AnswerBounds.withoutControls(text).strip();
        if (body.isEmpty()) {
            throw new Refusal(Refusal.Reason.TEXT_REQUIRED, "give the reason");
        }
        if (body.length() > max) {
            throw new Refusal(
                    Refusal.Reason.TEXT_TOO_LONG, "at most " + max + " characters", List.of(String.valueOf(max)));
        }
        return body;
    }

    private static Optional<String> optional(String text, int max) {
        String body = text == null ? "" : AnswerBounds.withoutControls(text).strip();
        return body.isEmpty() ? Optional.empty() : Optional.of(required(body, max));
    }

    /** The request's areas as written in the audit history. */
    static String areas(ReviewRequest request) {
        return request.areas().stream().map(AreaCode::value).collect(Collectors.joining(", "));
    }

    static void log(AuditLog audit, long roundId, AuditEntry.Action action, CurrentUser by, Instant at, String text) {
        audit.append(
                roundId,
                Optional.empty(),
                AuditEntry.Subject.REQUEST,
                action,
                Actor.of(by),
                at,
                Optional.empty(),
                Optional.of(text),
                Optional.empty());
    }
}
