package org.iccindex.result;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import org.iccindex.benchmark.RankRobustness;
import org.iccindex.benchmark.Robustness;
import org.iccindex.benchmark.RobustnessSettings;
import org.iccindex.benchmark.Sample;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.publication.PublicVersion;
import org.springframework.stereotype.Service;

/**
 * Rank robustness of the sample as of a date ({@link RankRobustness}). With the default settings it is computed once
 * per edition, snapshot date and version of the public data, like the sample analysis (a small Caffeine cache), and
 * then reused by pages, API and downloads.
 */
@Service
public class RobustnessService {
    private static final int CACHE_LIMIT = 16;

    private record Key(EditionId edition, LocalDate snapshot, long version) {}

    private final SampleService samples;
    private final PublicVersion versions;
    private final Cache<Key, Robustness> cache =
            Caffeine.newBuilder().maximumSize(CACHE_LIMIT).build();

    RobustnessService(SampleService samples, PublicVersion versions) {
        this.samples = samples;
        this.versions = versions;
    }

    /** The sample as of {@code snapshot} under {@code benchmark} (the latest published result per city). */
    public Sample sample(Definition benchmark, LocalDate snapshot) {
        return samples.analysis(benchmark, snapshot).sample();
    }

    /** With {@link RobustnessSettings#DEFAULT}, cached. */
    public Robustness robustness(Definition benchmark, LocalDate snapshot) {
        Key key = new Key(benchmark.edition(), snapshot, versions.current().version());
        return cache.get(key, k -> compute(benchmark, snapshot, RobustnessSettings.DEFAULT));
    }

    /** With the given settings, computed afresh. */
    public Robustness compute(Definition benchmark, LocalDate snapshot, RobustnessSettings settings) {
        return RankRobustness.compute(benchmark, sample(benchmark, snapshot), settings);
    }
}
