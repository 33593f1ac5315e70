package org.iccindex.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.Area;
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;

/**
 * Statistics and rankings of every metric in every standard group of a sample (the whole sample, every band of
 * both axes, the cities that answered each new area), computed once and reused for every city compared.
 */
public final class SampleAnalysis {
    private static final int NEIGHBOURS = 3;

    private final Definition definition;
    private final Sample sample;
    private final TiePolicy ties;
    private final List<Metric> metrics;
    /** Each metric's values by sample index, read from the entries once for all groups. */
    private final Map<Metric, double[]> columns = new LinkedHashMap<>();

    private final Map<ComparisonGroup, GroupAnalysis> groups = new LinkedHashMap<>();

    private SampleAnalysis(Definition definition, Sample sample, TiePolicy ties) {
        this.definition = definition;
        this.sample = sample;
        this.ties = ties;
        this.metrics = metricsOf(definition);
        for (Metric metric : metrics) {
            columns.put(metric, Roster.column(sample.entries(), metric));
        }
        for (ComparisonGroup group : standardGroups(definition)) {
            groups.put(group, new GroupAnalysis(group, sample.entries(), metrics, columns, ties));
        }
    }

    public static SampleAnalysis of(Definition definition, Sample sample, TiePolicy ties) {
        return new SampleAnalysis(definition, sample, ties);
    }

    /** The aggregate, the lens (where the edition has one) and every scored area in report order. */
    public static List<Metric> metricsOf(Definition definition) {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(Metric.AGGREGATE);
        definition.composite().ifPresent(lens -> metrics.add(Metric.LENS));
        for (Area area : definition.scoredAreas()) {
            metrics.add(Metric.area(area.code()));
        }
        return metrics;
    }

    public static List<ComparisonGroup> standardGroups(Definition definition) {
        List<ComparisonGroup> groups = new ArrayList<>();
        groups.add(ComparisonGroup.WHOLE_SAMPLE);
        for (BandAxis axis : BandAxis.values()) {
            for (Band band : definition.bands(axis).bands()) {
                groups.add(new ComparisonGroup.InBand(band));
            }
        }
        for (Area area : definition.scoredAreas()) {
            if (definition.isNewArea(area.code())) {
                groups.add(new ComparisonGroup.AnsweredArea(area.code()));
            }
        }
        return groups;
    }

    public Definition definition() {
        return definition;
    }

    public Sample sample() {
        return sample;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public List<GroupAnalysis> groups() {
        return List.copyOf(groups.values());
    }

    /** A standard group's analysis, or a custom group's (computed now, not kept). */
    public GroupAnalysis group(ComparisonGroup group) {
        GroupAnalysis analysis = groups.get(group);
        return analysis != null ? analysis : new GroupAnalysis(group, sample.entries(), metrics, columns, ties);
    }

    /** The city's comparison with its groups; empty if the city is not in the sample. */
    public Optional<CityComparison> compare(String city) {
        return sample.entry(city).map(this::compare);
    }

    private CityComparison compare(SampleEntry city) {
        List<GroupComparison> comparisons = new ArrayList<>();
        for (GroupAnalysis analysis : groups.values()) {
            if (relevant(analysis.group(), city)) {
                comparisons.add(compare(city, analysis));
            }
        }
        return new CityComparison(city, sample.snapshot(), sample.size(), metrics, comparisons);
    }

    private boolean relevant(ComparisonGroup group, SampleEntry city) {
        if (group instanceof ComparisonGroup.WholeSample) {
            return true;
        }
        return group.includes(city);
    }

    /** The city against any group (custom ones included); the city need not be a member. */
    public GroupComparison compare(SampleEntry city, GroupAnalysis analysis) {
        Map<Metric, MetricComparison> byMetric = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            byMetric.put(
                    metric,
                    new MetricComparison(
                            metric,
                            city.value(metric),
                            analysis.stats(metric),
                            analysis.ranking(metric).flatMap(r -> r.positionOf(city.city(), NEIGHBOURS))));
        }
        return new GroupComparison(analysis.group(), analysis.members().size(), byMetric);
    }
}
