package org.iccindex.site.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures computed from a round's answers, stored beside a published result: area scores, lens and aggregate as
 * computed when the round was published, the scoring method and the SHA-256 of the definition's scoring content.
 * {@code answersBasis}: {@code CITY} when the city wrote the answers, {@code RECONSTRUCTED} when this project
 * reconstructed them from the city's published report; the label says which.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComputedSet(
        String label,
        String answersBasis,
        String method,
        String definitionChecksum,
        List<MetricValue> areas,
        @Nullable MetricValue lens,
        @Nullable MetricValue aggregate) {}
