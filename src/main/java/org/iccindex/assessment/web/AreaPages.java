package org.iccindex.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.AuditEntry;
import org.iccindex.assessment.AuditTrail;
import org.iccindex.assessment.Evidence;
import org.iccindex.assessment.EvidenceBehindScores;
import org.iccindex.assessment.EvidenceRecords;
import org.iccindex.assessment.ReviewQuery;
import org.iccindex.assessment.Reviews;
import org.iccindex.assessment.Round;
import org.iccindex.assessment.RoundContents;
import org.iccindex.assessment.RoundNotFoundException;
import org.iccindex.assessment.Rounds;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.AreaScore;
import org.iccindex.scoring.EvidenceCoverage;
import org.iccindex.scoring.Rounding;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;
import org.iccindex.web.Words;
import org.springframework.stereotype.Component;

/** Assembles the questionnaire page of an area, with what a refused save should show in place of the stored answer. */
@Component
class AreaPages {
    private final Rounds rounds;
    private final EvidenceRecords evidence;
    private final AuditTrail audit;
    private final Reviews reviews;
    private final EvidenceBehindScores behind;

    AreaPages(Rounds rounds, EvidenceRecords evidence, AuditTrail audit, Reviews reviews, EvidenceBehindScores behind) {
        this.rounds = rounds;
        this.behind = behind;
        this.evidence = evidence;
        this.audit = audit;
        this.reviews = reviews;
    }

    AreaPage build(
            long roundId,
            String areaCode,
            CurrentUser user,
            Words words,
            Map<QuestionCode, QuestionViews.Shown> shown) {
        Round round = rounds.load(roundId, user);
        RoundContents contents = rounds.contents(roundId, user);
        Definition definition = contents.definition();
        Area area = area(definition, areaCode);
        String lang = words.language();
        Map<String, List<Evidence>> evidenceBy =
                evidence.of(roundId, user).stream().collect(Collectors.groupingBy(Evidence::questionCode));
        Map<Optional<QuestionCode>, List<AuditEntry>> historyBy =
                audit.of(roundId, user).stream().collect(Collectors.groupingBy(AuditEntry::question));
        Map<QuestionCode, List<ReviewQuery>> queriesBy =
                reviews.of(roundId, user).stream().collect(Collectors.groupingBy(ReviewQuery::question));
        QuestionViews views = new QuestionViews(words);
        List<QuestionView> questions = new ArrayList<>();
        for (Question q : definition.questionsOf(area.code())) {
            questions.add(views.view(
                    q,
                    contents.answer(q.code()).orElseThrow(),
                    Optional.ofNullable(shown.get(q.code())),
                    evidenceBy.getOrDefault(q.code().value(), List.of()),
                    historyBy.getOrDefault(Optional.of(q.code()), List.of()),
                    queriesBy.getOrDefault(q.code(), List.of())));
        }
        List<AreaPage.AreaLink> links = new ArrayList<>();
        List<Area> areas = definition.areas();
        for (Area a : areas) {
            links.add(new AreaPage.AreaLink(
                    a.code().value(),
                    a.name().in(lang),
                    Progress.of(definition.questionsOf(a.code()), contents),
                    a.code().equals(area.code())));
        }
        int index = areas.indexOf(area);
        return new AreaPage(
                RoundHeader.of(round, definition, user, lang).forArea(round, area.code()),
                links,
                area.code().value(),
                area.name().in(lang),
                area.description().in(lang),
                questions,
                Progress.of(definition.questionsOf(area.code()), contents),
                Progress.of(definition.questions(), contents),
                preview(definition, contents, area, words).map(text -> text + evidenceNote(roundId, user, area, words)),
                index + 1 < areas.size()
                        ? Optional.of(areas.get(index + 1).code().value())
                        : Optional.empty(),
                index > 0 ? Optional.of(areas.get(index - 1).code().value()) : Optional.empty());
    }

    static Area area(Definition definition, String code) {
        if (!AreaCode.isValid(code)) {
            throw new RoundNotFoundException("no area " + code);
        }
        return definition.area(new AreaCode(code)).orElseThrow(() -> new RoundNotFoundException("no area " + code));
    }

    /** " Evidence behind 80 % of the points earned here (8 of 10)." when the area has earned points; else "". */
    private String evidenceNote(long roundId, CurrentUser user, Area area, Words words) {
        EvidenceCoverage.Area coverage = behind.of(roundId, user).areas().get(area.code());
        if (coverage == null) {
            return "";
        }
        return EvidenceBehindScores.percent(coverage.share())
                .map(percent -> " " + words.t("preview.areaEvidence", percent, coverage.supported(), coverage.earned()))
                .orElse("");
    }

    /** The area's provisional score, from the same engine that scores published rounds. */
    private static Optional<String> preview(Definition definition, RoundContents contents, Area area, Words words) {
        if (!area.scored()) {
            return Optional.empty();
        }
        ScoreCard card = Scorer.score(definition, contents.answerSet());
        AreaScore score = card.areas().get(area.code());
        if (score == null || score.score().isEmpty()) {
            return Optional.of(words.t("preview.areaNotAnswered"));
        }
        return Optional.of(
                words.t("preview.area", Rounding.whole(score.score().getAsDouble()), score.earned(), score.max()));
    }
}
