package org.iccindex.site.data;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iccindex.benchmark.Robustness;
import org.iccindex.benchmark.RobustnessSettings;
import org.iccindex.benchmark.Sample;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.TiePolicy;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;

/**
 * For web slices of the public side: {@link PublicResults} and {@link PublicRobustness} (mocks) answering as the
 * application does on an empty database, with the shipped editions (the real definitions) and no published result.
 */
public final class NoPublishedResults {
    /** Loaded once: the definitions do not change between tests. */
    private static final EditionCatalog CATALOG = EditionCatalog.loadFromClasspath();

    private NoPublishedResults() {}

    /** The data of a page: the results as above, and no rank interval. */
    public static void stub(PublicResults data, PublicRobustness robustness, LocalDate today) {
        stub(data, today);
        when(robustness.of(any(), any())).thenReturn(new Robustness(RobustnessSettings.DEFAULT, List.of(), List.of()));
    }

    /** The shipped editions, {@code today}, no published result, and the analysis of the empty sample. */
    public static void stub(PublicResults data, LocalDate today) {
        when(data.catalog()).thenReturn(CATALOG);
        when(data.today()).thenReturn(today);
        when(data.dataset()).thenReturn(new Dataset(1, Instant.parse("2026-01-01T00:00:00Z"), List.of()));
        when(data.analysis(any(), any()))
                .thenAnswer(call -> SampleAnalysis.of(
                        call.getArgument(0, Definition.class),
                        Sample.asOf(List.of(), call.getArgument(1, LocalDate.class)),
                        TiePolicy.WHOLE_NUMBERS));
    }
}
