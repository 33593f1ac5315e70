package org.iccindex.benchmark;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.iccindex.definition.EditionId;

/**
 * A benchmark as a past report quoted it: the sample averages of that day, so that the report can be regenerated
 * faithfully without the full sample. Identified by a stable id, e.g. {@code icc-2020-published}.
 */
public record PublishedSnapshot(
        String id, EditionId edition, LocalDate date, int sampleSize, Map<Metric, Double> averages, String source) {
    public PublishedSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (sampleSize <= 0) {
            throw new IllegalArgumentException("a published snapshot names its sample size");
        }
        averages = Collections.unmodifiableMap(new LinkedHashMap<>(averages));
    }

    public OptionalDouble average(Metric metric) {
        Double average = averages.get(metric);
        return average == null ? OptionalDouble.empty() : OptionalDouble.of(average);
    }
}
