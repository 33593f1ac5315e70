package org.iccindex.site.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A real city's round against the sample averages its own report published (the default for such a round): the
 * averages only, no ranks and no group means, because the report gives none. {@code published}: the metrics both
 * figures are published for; {@code notPublished}: the others, which are not compared.
 */
public record PublishedBenchmark(
        String id,
        LocalDate date,
        int sampleSize,
        String source,
        List<Metric> metrics,
        List<String> published,
        List<String> notPublished) {

    /** One metric: the city's published figure and the published average, each absent where not published. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Metric(
            String metric,
            @Nullable Figure value,
            @Nullable Double publishedAverage,
            @Nullable Integer difference) {}
}
