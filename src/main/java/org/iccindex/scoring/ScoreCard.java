package org.iccindex.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.QuestionCode;

/**
 * A city's scores for one edition: per scored area (report order), the lens and the aggregate, with the areas
 * left out because unanswered and the mandatory questions still missing. Names its edition and method.
 */
public record ScoreCard(
        EditionId edition,
        ScoringMethod method,
        Map<AreaCode, AreaScore> areas,
        OptionalDouble lens,
        OptionalDouble aggregate,
        List<AreaCode> notAnswered,
        List<QuestionCode> missingMandatory) {

    public ScoreCard {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(method, "method");
        areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas));
        Objects.requireNonNull(lens, "lens");
        Objects.requireNonNull(aggregate, "aggregate");
        notAnswered = List.copyOf(notAnswered);
        missingMandatory = List.copyOf(missingMandatory);
    }

    /** The exact scores of the answered areas. */
    public Map<AreaCode, Double> areaScores() {
        Map<AreaCode, Double> scores = new LinkedHashMap<>();
        areas.forEach((code, score) -> score.score().ifPresent(s -> scores.put(code, s)));
        return scores;
    }
}
