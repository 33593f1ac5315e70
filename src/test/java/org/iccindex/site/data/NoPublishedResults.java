package org.iccindex.site.data;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For web slices of the public side: {@link PublicResults} and {@link PublicRobustness} (mocks) answering as the
 * application does on an empty database, with the shipped editions (the real definitions) and no published result,
 * on {@link #TODAY}. Imported by a slice as a configuration: the tests then need no set-up of their own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NoPublishedResults {
    /** The day the mocked data says it is. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** Loaded once: the definitions do not change between tests. */
    private static final EditionCatalog CATALOG = EditionCatalog.loadFromClasspath();

    /** The shipped editions, {@link #TODAY}, no published result, and the analysis of the empty sample. */
    @Bean
    PublicResults publicResults() {
        PublicResults data = mock(PublicResults.class);
        when(data.catalog()).thenReturn(CATALOG);
        when(data.today()).thenReturn(TODAY);
        when(data.dataset()).thenReturn(new Dataset(1, Instant.parse("2026-01-01T00:00:00Z"), List.of()));
        when(data.analysis(any(), any()))
                .thenAnswer(call -> SampleAnalysis.of(
                        call.getArgument(0, Definition.class),
                        Sample.asOf(List.of(), call.getArgument(1, LocalDate.class)),
                        TiePolicy.WHOLE_NUMBERS));
        return data;
    }

    /** No rank interval. */
    @Bean
    PublicRobustness publicRobustness() {
        PublicRobustness robustness = mock(PublicRobustness.class);
        when(robustness.of(any(), any())).thenReturn(new Robustness(RobustnessSettings.DEFAULT, List.of(), List.of()));
        return robustness;
    }
}
