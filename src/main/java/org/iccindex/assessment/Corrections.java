package org.iccindex.assessment;

import java.time.Instant;
import java.util.Optional;
import org.iccindex.account.AccountAudit;
import org.iccindex.account.AuditAction;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.persistence.AuditLog;
import org.iccindex.assessment.persistence.RequestStore;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.result.ComputedFigures;
import org.iccindex.result.ResultOrigin;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.ResultVersions;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;
import org.springframework.stereotype.Component;

/**
 * Publishing a correction: the round's answers, corrected after an accepted review request, are scored again and
 * stored as the next version of its result; the version it replaces stays on record, the public pages say the
 * result was corrected. Runs inside the publishing transaction of {@link RoundWorkflow}.
 */
@Component
class Corrections {
    private final ResultRepository results;
    private final RequestStore requests;
    private final AuditLog audit;
    private final AccountAudit accountAudit;

    Corrections(ResultRepository results, RequestStore requests, AuditLog audit, AccountAudit accountAudit) {
        this.results = results;
        this.requests = requests;
        this.audit = audit;
        this.accountAudit = accountAudit;
    }

    /** Stores the corrected result of a re-published round; returns the new version's id. */
    long store(RoundRow row, RoundContents contents, Instant at, CurrentUser by) {
        ReviewRequest request = requests.pending(row.id())
                .filter(r -> r.status() == ReviewRequest.Status.ACCEPTED)
                .orElseThrow(() -> new IllegalStateException(
                        "round " + row.id() + " is published again without an accepted review request"));
        StoredResult current = results.findByCity(row.city().slug()).stream()
                .filter(r -> r.edition().equals(row.edition()) && r.round() == row.year())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("round " + row.id() + " has no current result"));
        ScoreCard card = Scorer.score(contents.definition(), contents.answerSet());
        StoredResult corrected = current.origin() == ResultOrigin.COMPUTED
                ? RoundWorkflow.computedResult(row, contents, card, current.publishedOn())
                : withComputed(current, RoundWorkflow.computedFigures(row, contents, card));
        String reason = "review request of " + request.requestedBy().name() + " on " + ReviewRequests.areas(request)
                + ": " + request.reason();
        long id = results.insertCorrection(
                current, corrected, Optional.empty(), new ResultVersions.Correction(at, by.displayName(), reason));
        if (!requests.corrected(request.id(), at, id)) {
            throw new Refusal(Refusal.Reason.CHANGED_MEANWHILE, "the review request changed meanwhile");
        }
        ReviewRequests.log(audit, row.id(), AuditEntry.Action.CORRECTION_PUBLISHED, by, at, "version of result " + id);
        accountAudit.record(
                Optional.of(by),
                AuditAction.RESULT_CORRECTED,
                row.city().slug().value(),
                row.edition().value() + " " + row.year() + " republished after a review request: " + reason);
        return id;
    }

    /** A result published by a source keeps its published figures; the correction replaces the computed set. */
    private static StoredResult withComputed(StoredResult current, ComputedFigures computed) {
        return new StoredResult(
                0,
                current.city(),
                current.edition(),
                current.round(),
                current.publishedOn(),
                current.publishedLabel(),
                current.origin(),
                current.method(),
                current.population(),
                current.foreignBornPct(),
                current.nonNationalPct(),
                current.sampleSize(),
                current.areaScores(),
                current.lensPublished(),
                current.aggregatePublished(),
                current.source(),
                Optional.of(computed));
    }
}
