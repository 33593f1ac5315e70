package org.iccindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.assessment.persistence.AuditLog;
import org.iccindex.assessment.persistence.QueryStore;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.definition.QuestionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review queries: an analyst raises one on any answer, the city and analysts reply in its thread, an analyst
 * resolves it. Open queries block validation. Each step locks the round, so a query cannot slip in while the round
 * is being validated.
 */
@Service
public class Reviews {
    static final int MAX_TEXT = 4000;

    private final Rounds rounds;
    private final QueryStore queries;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    private final Clock clock;

    Reviews(Rounds rounds, QueryStore queries, AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.queries = queries;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** The round's queries with their threads, for someone who may see the round. */
    public List<ReviewQuery> of(long roundId, CurrentUser user) {
        rounds.visibleRow(roundId, user);
        return queries.findByRound(roundId);
    }

    /** Raises a query on one answer: analysts only, on a round not published yet. */
    public ReviewQuery raise(long roundId, QuestionCode question, String text, CurrentUser by) {
        return transaction.execute(status -> {
            RoundRow round = rounds.lockVisible(roundId, by);
            if (by.role() != Role.ANALYST) {
                throw new Refusal(Refusal.Reason.NOT_ALLOWED, "only an analyst raises a review query");
            }
            notPublished(round);
            rounds.definition(round)
                    .question(question)
                    .orElseThrow(() -> new RoundNotFoundException("no question " + question));
            String body = text(text);
            Instant now = clock.instant();
            long id = queries.insert(roundId, question, Actor.of(by), now);
            queries.insertMessage(id, Actor.of(by), by.role(), body, now);
            log(roundId, question, AuditEntry.Action.QUERY_RAISED, by, now, body);
            return find(roundId, id);
        });
    }

    /** Replies in a query's thread: the city's people or an analyst, while the query is open. */
    public ReviewQuery reply(long roundId, long queryId, String text, CurrentUser by) {
        return transaction.execute(status -> {
            notPublished(rounds.lockVisible(roundId, by));
            if (by.role() != Role.ANALYST && !by.role().isCityRole()) {
                throw new Refusal(Refusal.Reason.NOT_ALLOWED, "only the city and the analysts reply to a query");
            }
            ReviewQuery query = open(roundId, queryId);
            String body = text(text);
            Instant now = clock.instant();
            queries.insertMessage(queryId, Actor.of(by), by.role(), body, now);
            log(roundId, query.question(), AuditEntry.Action.QUERY_REPLIED, by, now, body);
            return find(roundId, queryId);
        });
    }

    /** Closes a query: analysts only. */
    public ReviewQuery resolve(long roundId, long queryId, CurrentUser by) {
        return transaction.execute(status -> {
            notPublished(rounds.lockVisible(roundId, by));
            if (by.role() != Role.ANALYST) {
                throw new Refusal(Refusal.Reason.NOT_ALLOWED, "only an analyst resolves a review query");
            }
            ReviewQuery query = open(roundId, queryId);
            Instant now = clock.instant();
            queries.resolve(queryId, Actor.of(by), now);
            log(roundId, query.question(), AuditEntry.Action.QUERY_RESOLVED, by, now, "resolved");
            return find(roundId, queryId);
        });
    }

    /**
     * A published round's queries are read-only: contesting a published result is a request of its own (analysis
     * issue), not a thread on the round.
     */
    private static void notPublished(RoundRow round) {
        if (round.status() == Round.Status.PUBLISHED) {
            throw new Refusal(Refusal.Reason.WRONG_STATUS, "the round is published: its review queries are read-only");
        }
    }

    private ReviewQuery open(long roundId, long queryId) {
        ReviewQuery query = find(roundId, queryId);
        if (!query.isOpen()) {
            throw new Refusal(Refusal.Reason.QUERY_RESOLVED, "the query is resolved already");
        }
        return query;
    }

    private ReviewQuery find(long roundId, long queryId) {
        return queries.findByRound(roundId).stream()
                .filter(q -> q.id() == queryId)
                .findFirst()
                .orElseThrow(() -> new RoundNotFoundException("no query " + queryId));
    }

    private void log(
            long roundId, QuestionCode question, AuditEntry.Action action, CurrentUser by, Instant at, String text) {
        audit.append(
                roundId,
                Optional.of(question),
                AuditEntry.Subject.QUERY,
                action,
                Actor.of(by),
                at,
                Optional.empty(),
                Optional.of(text),
                Optional.empty());
    }

    private static String text(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new Refusal(Refusal.Reason.TEXT_REQUIRED, "write the text of the message");
        }
        return body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT) : body;
    }
}
