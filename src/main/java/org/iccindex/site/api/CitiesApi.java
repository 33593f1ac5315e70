package org.iccindex.site.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.MetricComparison;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.definition.Definition;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.iccindex.site.api.v1.CityDetail;
import org.iccindex.site.api.v1.CityList;
import org.iccindex.site.api.v1.CityRound;
import org.iccindex.site.api.v1.CitySummary;
import org.iccindex.site.api.v1.GroupBenchmark;
import org.iccindex.site.api.v1.I18nText;
import org.iccindex.site.api.v1.MetricBenchmark;
import org.iccindex.site.api.v1.Rank;
import org.iccindex.site.api.v1.ResultVersionInfo;
import org.iccindex.site.data.BenchmarkParams;
import org.iccindex.site.data.Dataset;
import org.iccindex.site.data.Groups;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.QueryProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping(path = ApiViews.BASE, produces = "application/json")
@Tag(
        name = "Cities",
        description = "Cities with published results, each of their rounds, and a round against the sample.")
class CitiesApi {
    private final PublicResults data;
    private final ApiTexts texts;

    CitiesApi(PublicResults data, ApiTexts texts) {
        this.data = data;
        this.texts = texts;
    }

    @GetMapping("/cities")
    @Operation(summary = "Every city with a published result, by name")
    CityList cities() {
        Dataset dataset = data.dataset();
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        List<CitySummary> cities = new ArrayList<>();
        for (String slug : dataset.cities()) {
            List<StoredResult> rounds = dataset.rounds(slug);
            StoredResult latest = rounds.get(rounds.size() - 1);
            cities.add(new CitySummary(
                    slug,
                    latest.city().name(),
                    latest.city().country(),
                    latest.city().synthetic(),
                    rounds.size(),
                    latest.round(),
                    latest.edition().value(),
                    latest.publishedOn(),
                    ApiViews.BASE + "/cities/" + slug));
        }
        cities.sort(Comparator.comparing(CitySummary::name, collator).thenComparing(CitySummary::slug));
        return new CityList(cities.size(), cities);
    }

    @GetMapping("/cities/{slug}")
    @Operation(summary = "A city and each of its published results, oldest first, under their own editions")
    CityDetail city(@Parameter(description = "The city's slug, e.g. ansan") @PathVariable String slug) {
        List<StoredResult> rounds = data.dataset().rounds(slug);
        if (rounds.isEmpty()) {
            throw notFound(slug);
        }
        StoredResult any = rounds.get(0);
        return new CityDetail(
                slug,
                any.city().name(),
                any.city().country(),
                any.city().synthetic(),
                rounds.stream()
                        .map(r -> ApiViews.result(r, data.catalog().get(r.edition())))
                        .toList());
    }

    @GetMapping("/cities/{slug}/rounds/{round}")
    @Operation(
            summary = "One round of a city against the sample and its comparison groups",
            description = "Under the round's own edition; the sample as of the snapshot date (default: the day the"
                    + " round was published), with the city standing in it with this round.")
    CityRound round(
            @Parameter(description = "The city's slug, e.g. ansan") @PathVariable String slug,
            @Parameter(description = "The round year, e.g. 2020") @PathVariable int round,
            @Parameter(description = "Snapshot date YYYY-MM-DD, on or after the round's publication")
                    @RequestParam(name = "snapshot", required = false)
                    String snapshot,
            @Parameter(
                            description = "published (the averages a real city's own report published: the default"
                                    + " where there are some) or sample (the held sample, fictional demo cities"
                                    + " included; also implied by a snapshot date)")
                    @RequestParam(name = "benchmark", required = false)
                    String benchmark) {
        List<QueryProblem> problems = new ArrayList<>();
        BenchmarkParams asked = BenchmarkParams.read(benchmark, snapshot, problems);
        Optional<LocalDate> date = asked.date();
        if (!problems.isEmpty()) {
            throw new org.iccindex.site.data.BadQueryException(problems);
        }
        SampleService.Comparison comparison = data.compare(data.dataset(), slug, OptionalInt.of(round), date)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no published result of '" + slug + "' for round " + round));
        Definition definition = data.catalog().get(comparison.benchmarkEdition());
        Optional<PublishedSnapshot> published = asked.against(data.ownBenchmark(comparison.result()), problems);
        if (!problems.isEmpty()) {
            throw new org.iccindex.site.data.BadQueryException(problems);
        }
        CityBenchmark c = data.benchmark(comparison, published);
        List<PublicResults.PublicVersionLine> history = data.history(comparison.result());
        if (c.againstPublished()) {
            PublishedSnapshot p = c.published().orElseThrow();
            return new CityRound(
                    ApiViews.result(
                            comparison.result(),
                            data.catalog().get(comparison.result().edition())),
                    definition.edition().value(),
                    "published",
                    p.date(),
                    p.sampleSize(),
                    c.metrics().stream().map(m -> texts.metric(m, definition)).toList(),
                    List.of(),
                    List.of(),
                    ApiViews.publishedBenchmark(c),
                    correctedOn(history),
                    versions(history));
        }
        List<GroupBenchmark> groups = new ArrayList<>();
        for (GroupComparison group : c.groups()) {
            List<MetricBenchmark> metrics = new ArrayList<>();
            for (MetricComparison m : group.in(c.metrics())) {
                metrics.add(new MetricBenchmark(
                        m.metric().code(),
                        ApiViews.figure(m.value()),
                        m.stats().map(s -> ApiViews.statistics(m.metric(), s)).orElse(null),
                        m.rank().map(r -> new Rank(r.position(), r.outOf())).orElse(null)));
            }
            groups.add(new GroupBenchmark(
                    Groups.id(group.group()),
                    Groups.kind(group.group()),
                    texts.group(group.group(), definition),
                    group.members(),
                    metrics));
        }
        List<I18nText> statements = texts.rankStatements(c, definition);
        return new CityRound(
                ApiViews.result(
                        comparison.result(),
                        data.catalog().get(comparison.result().edition())),
                definition.edition().value(),
                "sample",
                c.heldDate(),
                c.heldSize(),
                c.metrics().stream().map(m -> texts.metric(m, definition)).toList(),
                groups,
                statements,
                null,
                correctedOn(history),
                versions(history));
    }

    private static @Nullable LocalDate correctedOn(List<PublicResults.PublicVersionLine> history) {
        return history.stream()
                .filter(v -> v.current() && v.correction())
                .map(PublicResults.PublicVersionLine::recordedOn)
                .findFirst()
                .orElse(null);
    }

    private static List<ResultVersionInfo> versions(List<PublicResults.PublicVersionLine> history) {
        return history.stream()
                .map(v -> new ResultVersionInfo(v.version(), v.recordedOn(), v.correction(), v.current()))
                .toList();
    }

    private static ResponseStatusException notFound(String slug) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no city '" + slug + "' with a published result");
    }
}
