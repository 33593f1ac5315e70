package org.iccindex.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.assessment.persistence.AnswerRow;
import org.iccindex.assessment.persistence.AnswerStore;
import org.iccindex.assessment.persistence.AuditLog;
import org.iccindex.assessment.persistence.QueryStore;
import org.iccindex.assessment.persistence.RequestStore;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.assessment.persistence.RoundStore;
import org.iccindex.city.City;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.AnswersBasis;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.AnswerCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding and starting rounds. Every read checks that the person acts for the round's city: for anyone else the
 * round does not exist ({@link RoundNotFoundException}).
 */
@Service
public class Rounds {
    private final RoundStore rounds;
    private final AnswerStore answers;
    private final QueryStore queries;
    private final RequestStore requests;
    private final AuditLog audit;
    private final EditionCatalog catalog;
    private final TransactionTemplate transaction;

    private final Clock clock;

    Rounds(
            RoundStore rounds,
            AnswerStore answers,
            QueryStore queries,
            RequestStore requests,
            AuditLog audit,
            EditionCatalog catalog,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.answers = answers;
        this.queries = queries;
        this.requests = requests;
        this.audit = audit;
        this.catalog = catalog;
        this.transaction = transaction;
    }

    /** The round with its transitions, completeness and open queries, if {@code user} acts for its city. */
    public Round load(long id, CurrentUser user) {
        RoundRow row = visibleRow(id, user);
        return assemble(row, contents(row));
    }

    /** The round's answers read against its definition, if {@code user} acts for its city. */
    public RoundContents contents(long id, CurrentUser user) {
        return contents(visibleRow(id, user));
    }

    /** The rounds {@code user} may see: their own city's, or every round for the programme's staff. */
    public List<RoundSummary> visibleTo(CurrentUser user) {
        List<RoundRow> rows = user.isProgrammeStaff()
                ? rounds.findAll()
                : rounds.findByCity(user.cityId().orElseThrow());
        return rows.stream().map(Rounds::summary).toList();
    }

    /** Starts a round now; see {@link #start(CurrentUser, long, int, Instant)}. */
    public Round start(CurrentUser by, long cityId, int year) {
        return start(by, cityId, year, clock.instant());
    }

    /**
     * Starts a round of the current edition for {@code year}: the city's coordinator or the programme's staff. The
     * answers of the city's latest round are copied in as a starting point, each marked until it is confirmed.
     * {@code at}: when it happened (now, except when replaying history such as the demo data).
     */
    public Round start(CurrentUser by, long cityId, int year, Instant at) {
        return start(by, cityId, year, at, AnswersBasis.CITY);
    }

    /**
     * Starts a round as {@link #start(CurrentUser, long, int, Instant)} does, recording who will write its
     * answers: {@link AnswersBasis#RECONSTRUCTED} for answers this project rebuilds from a city's published report.
     */
    public Round start(CurrentUser by, long cityId, int year, Instant at, AnswersBasis basis) {
        if (!by.actsFor(cityId)) {
            throw new RoundNotFoundException("no city " + cityId);
        }
        if (!by.isProgrammeStaff() && by.role() != Role.COORDINATOR) {
            throw new Refusal(Refusal.Reason.NOT_ALLOWED, "only the city's coordinator or an analyst starts a round");
        }
        if (year < 2000 || year > 2100) {
            throw new Refusal(Refusal.Reason.WRONG_STATUS, "a round's year lies between 2000 and 2100");
        }
        Definition definition = catalog.current();
        Long id = transaction.execute(status -> {
            City city = rounds.findCity(cityId).orElseThrow(() -> new RoundNotFoundException("no city " + cityId));
            List<RoundRow> previous = rounds.findByCity(city.id());
            if (rounds.exists(city.id(), definition.edition(), year)) {
                throw new Refusal(
                        Refusal.Reason.ROUND_EXISTS,
                        city.name() + " already has a round for " + year,
                        List.of(String.valueOf(year)));
            }
            Optional<RoundRow> unfinished = previous.stream()
                    .filter(r -> r.status() != Round.Status.PUBLISHED)
                    .findFirst();
            if (unfinished.isPresent()) {
                throw new Refusal(
                        Refusal.Reason.UNFINISHED_ROUND,
                        city.name() + " has a round that is not published yet",
                        List.of(String.valueOf(unfinished.get().year())));
            }
            Optional<RoundRow> from = previous.stream().findFirst();
            Actor actor = Actor.of(by);
            long roundId =
                    rounds.insert(city.id(), definition.edition(), year, basis, from.map(RoundRow::id), actor, at);
            answers.createAll(
                    roundId,
                    definition.questions().stream().map(Question::code).toList(),
                    from.map(f -> carriedOver(f, definition)).orElse(Map.of()));
            rounds.insertTransition(
                    roundId, new Round.Transition(Optional.empty(), Round.Status.DRAFT, actor, at, Optional.empty()));
            audit.append(
                    roundId,
                    Optional.empty(),
                    AuditEntry.Subject.ROUND,
                    AuditEntry.Action.ROUND_STARTED,
                    actor,
                    at,
                    Optional.empty(),
                    from.map(f -> "copied from round " + f.year() + " (" + f.edition() + ")"),
                    Optional.empty());
            return roundId;
        });
        return load(id, by);
    }

    /** The previous round's answers that still fit the new definition (same code, an answer the question accepts). */
    private Map<QuestionCode, AnswerRow.Content> carriedOver(RoundRow from, Definition definition) {
        Definition old = catalog.get(from.edition());
        Map<QuestionCode, AnswerRow.Content> start = new LinkedHashMap<>();
        for (AnswerRow row : answers.findByRound(from.id())) {
            Optional<Question> oldQuestion = old.question(row.question());
            Optional<Question> newQuestion = definition.question(row.question());
            if (oldQuestion.isEmpty()
                    || newQuestion.isEmpty()
                    || oldQuestion.get().type() != newQuestion.get().type()) {
                continue;
            }
            Optional<Answer> answer = AnswerCodec.decode(oldQuestion.get(), row.value(), row.notApplicable());
            if (answer.isPresent()
                    && AnswerCheck.problem(newQuestion.get(), answer.get()).isPresent()) {
                continue;
            }
            start.put(row.question(), row.content());
        }
        return start;
    }

    /**
     * Locks the round for a change of its answers or evidence (until the transaction ends): only the city's
     * coordinator and contributors, and only while the round is a draft or returned for changes.
     */
    RoundRow lockForAnswering(long id, CurrentUser user) {
        RoundRow row = rounds.lock(id).orElseThrow(() -> new RoundNotFoundException(id));
        if (!user.actsFor(row.city().id())) {
            throw new RoundNotFoundException(id);
        }
        if (!user.role().isCityRole()) {
            throw new Refusal(
                    Refusal.Reason.NOT_ALLOWED, "only the city's coordinator and contributors change answers");
        }
        if (!row.status().isEditable()) {
            throw new Refusal(Refusal.Reason.NOT_EDITABLE, "answers cannot change in a round that is " + row.status());
        }
        return row;
    }

    /**
     * In a correction (after an analyst accepted the city's review request), refuses a change to an area the request
     * does not name: the rest of the published answers stay as they were.
     */
    void requireContested(RoundRow row, AreaCode area) {
        Set<AreaCode> contested = correcting(row);
        if (!contested.isEmpty() && !contested.contains(area)) {
            throw new Refusal(
                    Refusal.Reason.NOT_CONTESTED,
                    "only the contested areas change in this correction",
                    List.of(area.value()));
        }
    }

    /** The areas of the round's accepted review request while its correction is under way; empty otherwise. */
    Set<AreaCode> correcting(RoundRow row) {
        return requests.acceptedAreas(row.id());
    }

    /** Locks a round the person may see, for a change of its status. */
    RoundRow lockVisible(long id, CurrentUser user) {
        RoundRow row = rounds.lock(id).orElseThrow(() -> new RoundNotFoundException(id));
        if (!user.actsFor(row.city().id())) {
            throw new RoundNotFoundException(id);
        }
        return row;
    }

    Definition definition(RoundRow row) {
        return catalog.get(row.edition());
    }

    RoundRow visibleRow(long id, CurrentUser user) {
        RoundRow row = rounds.find(id).orElseThrow(() -> new RoundNotFoundException(id));
        if (!user.actsFor(row.city().id())) {
            throw new RoundNotFoundException(id);
        }
        return row;
    }

    RoundContents contents(RoundRow row) {
        Definition definition = catalog.get(row.edition());
        List<StoredAnswer> stored = new ArrayList<>();
        for (AnswerRow answer : answers.findByRound(row.id())) {
            definition.question(answer.question()).ifPresent(q -> stored.add(stored(q, answer)));
        }
        return RoundContents.of(definition, stored);
    }

    Round assemble(RoundRow row, RoundContents contents) {
        return new Round(
                row.id(),
                row.city(),
                row.edition(),
                row.year(),
                row.status(),
                row.answersBasis(),
                row.copiedFrom(),
                row.version(),
                rounds.transitions(row.id()),
                contents.completeness(),
                queries.openQuestions(row.id()),
                correcting(row));
    }

    static StoredAnswer stored(Question question, AnswerRow row) {
        return new StoredAnswer(
                row.id(),
                row.question(),
                new AnswerState(AnswerCodec.decode(question, row.value(), row.notApplicable()), row.evidenceNote()),
                row.carriedOver(),
                row.version(),
                row.updatedBy(),
                row.updatedAt());
    }

    private static RoundSummary summary(RoundRow row) {
        return new RoundSummary(row.id(), row.city(), row.edition(), row.year(), row.status(), row.createdAt());
    }
}
