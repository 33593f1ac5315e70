package org.iccindex.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.iccindex.definition.AreaCode;
import org.iccindex.scoring.ScoringMethod;

/**
 * The figures computed from a round's answers, as stored with the result of that round: exact area scores, lens and
 * aggregate as computed then (never recomputed from a later definition), the method and the checksum of the
 * definition's scoring content ({@link org.iccindex.definition.ScoringChecksum}) that produced them, and who wrote
 * the answers ({@code basis}: the city, or this project reconstructing them from a published report).
 */
public record ComputedFigures(
        ScoringMethod method,
        String definitionChecksum,
        Map<AreaCode, Double> areaScores,
        OptionalDouble lens,
        OptionalDouble aggregate,
        String source,
        AnswersBasis basis) {

    public ComputedFigures {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(definitionChecksum, "definitionChecksum");
        Objects.requireNonNull(lens, "lens");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(basis, "basis");
        areaScores = Collections.unmodifiableMap(new LinkedHashMap<>(areaScores));
    }
}
