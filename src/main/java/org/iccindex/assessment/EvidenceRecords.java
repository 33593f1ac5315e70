package org.iccindex.assessment;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.persistence.AnswerRow;
import org.iccindex.assessment.persistence.AnswerStore;
import org.iccindex.assessment.persistence.AuditLog;
import org.iccindex.assessment.persistence.EvidenceStore;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.definition.QuestionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links and files supporting answers. Files are checked ({@link EvidenceFiles}) and kept in the database; removing
 * evidence marks it removed and keeps it, and the audit log says who added and removed what.
 */
@Service
public class EvidenceRecords {
    private final Rounds rounds;
    private final AnswerStore answers;
    private final EvidenceStore evidence;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final AssessmentProperties properties;

    private final Clock clock;

    EvidenceRecords(
            Rounds rounds,
            AnswerStore answers,
            EvidenceStore evidence,
            AuditLog audit,
            TransactionTemplate transaction,
            AssessmentProperties properties,
            Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.answers = answers;
        this.evidence = evidence;
        this.audit = audit;
        this.transaction = transaction;
        this.properties = properties;
    }

    /** A downloadable file: the stored name, our content type, the bytes. */
    public record File(String name, String contentType, byte[] content) {}

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return properties.maxEvidenceSize().toBytes();
    }

    /** Adds a link (http or https); who may change the round is checked before the link itself. */
    public Evidence addLink(long roundId, QuestionCode question, String url, String label, CurrentUser by) {
        return add(roundId, question, by, (answer, actor, at) -> {
            String link = url == null ? "" : url.strip();
            if (!isWebAddress(link)) {
                throw new Refusal(Refusal.Reason.INVALID_LINK, "not a web address", List.of(link));
            }
            String text = label == null || label.isBlank() ? link : label.strip();
            String shortened = text.length() > 300 ? text.substring(0, 300) : text;
            return evidence.insertLink(answer, link, shortened, actor, at);
        });
    }

    /** Adds a file ({@link EvidenceFiles}); who may change the round is checked before the file itself. */
    public Evidence addFile(long roundId, QuestionCode question, String fileName, byte[] content, CurrentUser by) {
        return add(roundId, question, by, (answer, actor, at) -> {
            String name = EvidenceFiles.safeName(fileName);
            String contentType = EvidenceFiles.check(name, content, maxBytes());
            return evidence.insertFile(answer, name, contentType, content, sha256(content), actor, at);
        });
    }

    private interface Insert {
        long insert(long answerId, Actor by, Instant at);
    }

    private Evidence add(long roundId, QuestionCode question, CurrentUser by, Insert insert) {
        return transaction.execute(status -> {
            RoundRow round = rounds.lockForAnswering(roundId, by);
            rounds.requireContested(
                    round,
                    rounds.definition(round)
                            .question(question)
                            .orElseThrow(() -> new RoundNotFoundException("no question " + question))
                            .area());
            AnswerRow answer = answers.find(roundId, question).orElseThrow();
            Instant now = clock.instant();
            long id = insert.insert(answer.id(), Actor.of(by), now);
            Evidence added = evidence.find(id).orElseThrow();
            audit.append(
                    roundId,
                    Optional.of(question),
                    AuditEntry.Subject.EVIDENCE,
                    AuditEntry.Action.EVIDENCE_ADDED,
                    Actor.of(by),
                    now,
                    Optional.empty(),
                    Optional.of(describe(added)),
                    Optional.empty());
            return added;
        });
    }

    /** Marks evidence removed; it stays on record (and in the audit log) with who removed it and when. */
    public void remove(long roundId, long evidenceId, CurrentUser by) {
        transaction.executeWithoutResult(status -> {
            RoundRow round = rounds.lockForAnswering(roundId, by);
            Evidence item = evidence.find(evidenceId)
                    .filter(e -> e.roundId() == roundId)
                    .orElseThrow(() -> new RoundNotFoundException("no evidence " + evidenceId));
            rounds.definition(round)
                    .question(new QuestionCode(item.questionCode()))
                    .ifPresent(q -> rounds.requireContested(round, q.area()));
            Instant now = clock.instant();
            if (evidence.markRemoved(evidenceId, Actor.of(by), now)) {
                audit.append(
                        roundId,
                        Optional.of(new QuestionCode(item.questionCode())),
                        AuditEntry.Subject.EVIDENCE,
                        AuditEntry.Action.EVIDENCE_REMOVED,
                        Actor.of(by),
                        now,
                        Optional.of(describe(item)),
                        Optional.empty(),
                        Optional.empty());
            }
        });
    }

    /** All evidence of a round, removed included, for someone who may see the round. */
    public List<Evidence> of(long roundId, CurrentUser user) {
        rounds.visibleRow(roundId, user);
        return evidence.findByRound(roundId);
    }

    /** A file of a round, for someone who may see the round. */
    public File download(long roundId, long evidenceId, CurrentUser user) {
        rounds.visibleRow(roundId, user);
        Evidence item = evidence.find(evidenceId)
                .filter(e -> e.roundId() == roundId && e.kind() == Evidence.Kind.FILE)
                .orElseThrow(() -> new RoundNotFoundException("no file " + evidenceId));
        byte[] content = evidence.content(evidenceId).orElseThrow();
        return new File(item.fileName().orElse("file"), item.contentType().orElse("application/octet-stream"), content);
    }

    static String describe(Evidence e) {
        if (e.kind() == Evidence.Kind.LINK) {
            return "link: " + e.label().orElse("") + " <" + e.url().orElse("") + ">";
        }
        return "file: " + e.fileName().orElse("") + " (" + e.sizeBytes() + " bytes, sha256 "
                + e.sha256().orElse("") + ")";
    }

    static boolean isWebAddress(String text) {
        if (text.isEmpty() || text.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
