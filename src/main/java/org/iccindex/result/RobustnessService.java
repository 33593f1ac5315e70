package org.iccindex.result;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iccindex.benchmark.RankRobustness;
import org.iccindex.benchmark.Robustness;
import org.iccindex.benchmark.RobustnessSettings;
import org.iccindex.benchmark.Sample;
import org.iccindex.definition.Definition;
import org.springframework.stereotype.Service;

/**
 * Rank robustness of the sample as of a date ({@link RankRobustness}). With the default settings it is computed once
 * per edition, snapshot date and data version, like the sample analysis, and then reused by pages, API and downloads.
 */
@Service
public class RobustnessService {
    private static final int CACHE_LIMIT = 16;

    private final SampleService samples;
    private final ResultRepository results;
    private final Map<String, Robustness> cache = new ConcurrentHashMap<>();

    RobustnessService(SampleService samples, ResultRepository results) {
        this.samples = samples;
        this.results = results;
    }

    /** The sample as of {@code snapshot} under {@code benchmark} (the latest published result per city). */
    public Sample sample(Definition benchmark, LocalDate snapshot) {
        return samples.analysis(benchmark, snapshot).sample();
    }

    /** With {@link RobustnessSettings#DEFAULT}, cached. */
    public Robustness robustness(Definition benchmark, LocalDate snapshot) {
        String key = benchmark.edition() + "|" + snapshot + "|" + results.dataVersion();
        Robustness found = cache.get(key);
        if (found == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            found = compute(benchmark, snapshot, RobustnessSettings.DEFAULT);
            cache.put(key, found);
        }
        return found;
    }

    /** With the given settings, computed afresh. */
    public Robustness compute(Definition benchmark, LocalDate snapshot, RobustnessSettings settings) {
        return RankRobustness.compute(benchmark, sample(benchmark, snapshot), settings);
    }
}
