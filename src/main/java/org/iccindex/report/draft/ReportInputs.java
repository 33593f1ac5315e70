package org.iccindex.report.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.report.CityAnswers.AreaActivity;
import org.iccindex.report.CityAnswers.EvidenceShare;
import org.iccindex.report.Fact;
import org.iccindex.report.GoodPractices.Practice;
import org.iccindex.result.StoredResult;

/**
 * Everything a report is drafted from: the definition the city is benchmarked under, its stored result, its
 * benchmark (against the sample held on the sample date, or against a published snapshot, as the city page and the
 * command line show it), its previous round (if any), and what the answers and the
 * good-practice catalogue say, with the evidence behind the points of its answers and how much its rank depends on the method (if known).
 */
public record ReportInputs(
        Definition definition,
        StoredResult result,
        CityBenchmark benchmark,
        Optional<PreviousRound> previous,
        boolean answersRecorded,
        List<Fact> answeredProfile,
        Map<AreaCode, AreaActivity> activities,
        Optional<EvidenceShare> evidence,
        Optional<RankRobustness> robustness,
        Map<AreaCode, List<Practice>> practices,
        LocalDate generatedOn,
        Locale locale) {

    public ReportInputs {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(previous, "previous");
        answeredProfile = List.copyOf(answeredProfile);
        activities = Map.copyOf(activities);
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(robustness, "robustness");
        practices = Map.copyOf(practices);
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * How much the city's aggregate rank depends on the method, over {@code draws} variants: its rank interval among
     * cities of its kind, or, when its result lacks area scores the aggregate needs, which ones ({@code missing}).
     */
    public record RankRobustness(Optional<RankInterval> interval, List<AreaCode> missing, int draws) {
        public RankRobustness {
            Objects.requireNonNull(interval, "interval");
            missing = List.copyOf(missing);
        }
    }

    /** The city's previous round, as a sample entry under the same definition. */
    public record PreviousRound(int round, SampleEntry entry) {}

    public AreaActivity activity(AreaCode area) {
        return activities.getOrDefault(area, AreaActivity.NONE);
    }

    public List<Practice> practices(AreaCode area) {
        return practices.getOrDefault(area, List.of());
    }
}
