package org.iccindex.site.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupAnalysis;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.definition.Definition;
import org.iccindex.site.api.v1.GroupStatistics;
import org.iccindex.site.api.v1.I18nText;
import org.iccindex.site.api.v1.LeagueFilter;
import org.iccindex.site.api.v1.LeagueResults;
import org.iccindex.site.api.v1.LeagueRow;
import org.iccindex.site.api.v1.MetricValue;
import org.iccindex.site.api.v1.RankedCity;
import org.iccindex.site.api.v1.RankingList;
import org.iccindex.site.api.v1.StatisticsReport;
import org.iccindex.site.api.v1.StatisticsValues;
import org.iccindex.site.data.BadQueryException;
import org.iccindex.site.data.Dataset;
import org.iccindex.site.data.Groups;
import org.iccindex.site.data.League;
import org.iccindex.site.data.LeagueParams;
import org.iccindex.site.data.LeagueQuery;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.QueryProblem;
import org.iccindex.site.data.Sort;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiViews.BASE, produces = "application/json")
@Tag(
        name = "Sample",
        description = "The sample of latest published results as of a date: league, rankings, statistics.")
class SampleApi {
    private final PublicResults data;
    private final ApiTexts texts;

    SampleApi(PublicResults data, ApiTexts texts) {
        this.data = data;
        this.texts = texts;
    }

    @GetMapping("/results")
    @Operation(
            summary = "The league: each city's latest published result as of the snapshot, filtered and sorted",
            description = "What the home page shows. Ranks count the cities kept; ties share a rank.")
    LeagueResults results(
            @ParameterObject LeagueFilter filter,
            @Parameter(description = "Sort on a metric code (aggregate, lens, an area) or city, country, round")
                    @RequestParam(name = "sort", required = false)
                    String sort,
            @Parameter(description = "asc or desc (default: best first for metrics, A to Z otherwise)")
                    @RequestParam(name = "dir", required = false)
                    String dir) {
        Dataset dataset = data.dataset();
        LeagueQuery query =
                params(filter, sort, dir).read(data.catalog(), data.today()).orThrow();
        League league = League.of(dataset, data.analysis(query.edition(), query.snapshot()), query);
        List<Metric> metrics = league.analysis().metrics();
        List<LeagueRow> rows = new ArrayList<>();
        for (League.Row row : league.rows()) {
            SampleEntry e = row.entry();
            List<MetricValue> values = new ArrayList<>();
            for (Metric metric : metrics) {
                ApiViews.value(metric, e.value(metric)).ifPresent(values::add);
            }
            rows.add(new LeagueRow(
                    row.rank().isPresent() ? row.rank().getAsInt() : null,
                    e.city(),
                    e.name(),
                    e.country(),
                    e.synthetic(),
                    row.result().map(r -> r.origin().code()).orElse(""),
                    e.edition().value(),
                    e.round(),
                    e.publishedOn(),
                    e.population().orElse(null),
                    e.foreignBornPct().orElse(null),
                    values));
        }
        return new LeagueResults(
                query.edition().edition().value(),
                query.snapshot(),
                league.analysis().sample().size(),
                rows.size(),
                league.rankedOn().code(),
                texts.metrics(league.analysis()),
                rows,
                statistics(league));
    }

    @GetMapping("/rankings")
    @Operation(
            summary = "The cities kept by the filters that have a figure on a metric, best first",
            description =
                    "Competition ranks on the whole numbers shown (1, 2, 2, 4); equal whole numbers share a rank.")
    RankingList rankings(
            @ParameterObject LeagueFilter filter,
            @Parameter(description = "aggregate (default), lens, or an area code")
                    @RequestParam(name = "metric", required = false)
                    String metric) {
        Dataset dataset = data.dataset();
        LeagueParams.Read read = params(filter, null, null).read(data.catalog(), data.today());
        List<QueryProblem> problems = new ArrayList<>(read.problems());
        Definition definition = read.query().edition();
        Metric chosen =
                LeagueParams.metric(definition, "metric", metric, problems).orElse(Metric.AGGREGATE);
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems);
        }
        LeagueQuery query = read.query().withSort(new Sort(Sort.Column.METRIC, Optional.of(chosen), true));
        League league = League.of(dataset, data.analysis(definition, query.snapshot()), query);
        List<RankedCity> cities = new ArrayList<>();
        for (League.Row row : league.rows()) {
            if (row.rank().isEmpty()) {
                continue;
            }
            SampleEntry e = row.entry();
            double value = e.value(chosen).getAsDouble();
            cities.add(new RankedCity(
                    row.rank().getAsInt(),
                    e.city(),
                    e.name(),
                    e.country(),
                    e.synthetic(),
                    row.result().map(r -> r.origin().code()).orElse(""),
                    e.edition().value(),
                    e.round(),
                    e.publishedOn(),
                    value,
                    ApiViews.figure(value).shown()));
        }
        return new RankingList(
                definition.edition().value(),
                query.snapshot(),
                texts.metric(chosen, definition),
                league.analysis().sample().size(),
                cities.size(),
                cities);
    }

    @GetMapping("/statistics")
    @Operation(
            summary = "Statistics per metric of the sample's groups",
            description = "Without filters: the whole sample, each population and foreign-born band, and for each"
                    + " area new with the edition the cities that answered it. With any of round, population,"
                    + " foreignBorn, country or origin: the one group of cities those filters keep. Here edition only"
                    + " chooses the areas and bands; the sample holds every city's latest result.")
    StatisticsReport statistics(@ParameterObject LeagueFilter filter) {
        Dataset dataset = data.dataset();
        LeagueParams raw = new LeagueParams(
                filter.edition(),
                filter.snapshot(),
                filter.round(),
                filter.population(),
                filter.foreignBorn(),
                filter.country(),
                filter.origin(),
                null,
                null);
        LeagueQuery read = raw.read(data.catalog(), data.today()).orThrow();
        // statistics describe the sample under an edition: the edition does not filter results here
        LeagueQuery query = new LeagueQuery(
                read.edition(),
                false,
                read.snapshot(),
                read.snapshotGiven(),
                read.round(),
                read.population(),
                read.foreignBorn(),
                read.country(),
                read.origin(),
                read.sort());
        SampleAnalysis analysis = data.analysis(query.edition(), query.snapshot());
        List<GroupStatistics> groups = new ArrayList<>();
        if (query.filtered()) {
            League league = League.of(dataset, analysis, query);
            groups.add(new GroupStatistics(
                    Groups.FILTERED,
                    Groups.FILTERED,
                    new I18nText("the cities kept by the filters", "les villes retenues par les filtres"),
                    league.rows().size(),
                    statistics(league)));
        } else {
            for (GroupAnalysis group : analysis.groups()) {
                List<StatisticsValues> values = new ArrayList<>();
                for (Metric metric : analysis.metrics()) {
                    group.stats(metric).ifPresent(s -> values.add(ApiViews.statistics(metric, s)));
                }
                ComparisonGroup g = group.group();
                groups.add(new GroupStatistics(
                        Groups.id(g),
                        Groups.kind(g),
                        texts.group(g, analysis.definition()),
                        group.members().size(),
                        values));
            }
        }
        return new StatisticsReport(
                query.edition().edition().value(),
                query.snapshot(),
                analysis.sample().size(),
                texts.metrics(analysis),
                groups);
    }

    private static List<StatisticsValues> statistics(League league) {
        List<StatisticsValues> values = new ArrayList<>();
        league.stats().forEach((metric, s) -> values.add(ApiViews.statistics(metric, s)));
        return values;
    }

    private static LeagueParams params(LeagueFilter f, String sort, String dir) {
        return new LeagueParams(
                f.edition(),
                f.snapshot(),
                f.round(),
                f.population(),
                f.foreignBorn(),
                f.country(),
                f.origin(),
                sort,
                dir);
    }
}
