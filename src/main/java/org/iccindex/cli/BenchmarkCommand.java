package org.iccindex.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.BenchmarkChoice;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.RoundChoice;
import org.iccindex.result.SampleService;
import org.iccindex.wording.Wording;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        description = {
            "Print a city's areas, lens and aggregate against the sample and its comparison groups, with ranks.",
            "The sample is the latest published result per city as of the snapshot date (default: the day the"
                    + " city's round was published); the city stands in it with the round asked for.",
            "A real city whose round was benchmarked by its published report is set against that report's"
                    + " averages by default (no ranks, no group means); --benchmark sample (or a --snapshot date)"
                    + " compares it with the demo sample, whose figures are then labelled as against fictional"
                    + " cities."
        })
class BenchmarkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--city", required = true, description = "the city's slug, e.g. ansan")
    String city;

    @Option(names = "--round", description = "the year of the round (default: the city's latest)")
    Integer round;

    @Option(
            names = "--edition",
            description = "the edition of the round, e.g. icc-2019 (needed only when two editions have a result"
                    + " for the city that year; requires --round)")
    Optional<String> edition;

    @Option(names = "--snapshot", description = "sample date YYYY-MM-DD (default: the round's publication date)")
    Optional<LocalDate> snapshot;

    @Option(
            names = "--against",
            paramLabel = "SNAPSHOT",
            description = "also compare with a published snapshot of sample averages, e.g. icc-2020-published")
    Optional<String> against;

    @Option(
            names = "--benchmark",
            description = "published (the averages the city's own report published; the default for a real city"
                    + " whose round has them) or sample (the held sample, fictional demo cities included)")
    Optional<Benchmark> benchmark;

    enum Benchmark {
        published,
        sample
    }

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    enum Format {
        table,
        json,
        csv
    }

    @Override
    public Integer call() {
        if (!CitySlug.isValid(city)) {
            // a malformed option value is a usage error (exit 2), as picocli's own
            throw new ParameterException(
                    spec.commandLine(), "'" + city + "' is not a city slug (lower-case, e.g. ansan)");
        }
        if (edition.isPresent() && round == null) {
            throw new IllegalArgumentException("--edition names the edition of a round: give --round too");
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
            SampleService samples = context.getBean(SampleService.class);
            EditionCatalog catalog = context.getBean(EditionCatalog.class);
            SampleService.Comparison comparison = samples.compare(
                            new CitySlug(city),
                            round == null
                                    ? Optional.<RoundChoice>empty()
                                    : Optional.of(RoundChoice.of(round, edition.orElse(""))),
                            snapshot)
                    .orElseThrow(() -> new IllegalArgumentException(
                            round != null
                                    ? "no result for city '" + city + "' in round " + round
                                    : "no result for city '" + city + "'"));
            Wording words = Wording.of(context::getMessage, Locale.ENGLISH);
            Optional<PublishedSnapshot> published = against.map(id -> context.getBean(PublishedSnapshots.class)
                    .find(id)
                    .orElseThrow(() -> new IllegalArgumentException("unknown published snapshot '" + id + "'")));
            Optional<PublishedSnapshot> own;
            try {
                own = BenchmarkChoice.against(
                        benchmark.map(b -> BenchmarkChoice.valueOf(b.name().toUpperCase(Locale.ROOT))),
                        snapshot,
                        context.getBean(PublishedSnapshots.class).ofRound(comparison.result()));
            } catch (BenchmarkChoice.NoPublishedBenchmark none) {
                throw new IllegalArgumentException("--benchmark published: no published benchmark for "
                        + comparison.result().city().name() + " "
                        + comparison.result().round()
                        + " (only a real city's round that its report benchmarked has one); use --benchmark sample");
            }
            if (own.isPresent()) {
                Definition edition = catalog.get(own.get().edition());
                CityBenchmark against = samples.benchmark(comparison, own);
                PublishedBenchmarkView view = new PublishedBenchmarkView(edition, comparison.result(), against, words);
                print(
                        switch (format) {
                            case json -> Output.json(view.json());
                            case csv -> BenchmarkCsv.of(List.of(against), edition, words);
                            case table -> view.table();
                        });
                return 0;
            }
            Definition benchmark = catalog.get(comparison.benchmarkEdition());
            CityBenchmark inSample = samples.benchmark(comparison, Optional.empty());
            Optional<CityBenchmark> asked = published.map(p -> samples.benchmark(comparison, Optional.of(p)));
            BenchmarkView view = new BenchmarkView(benchmark, comparison, inSample, asked, words);
            List<CityBenchmark> all = new java.util.ArrayList<>(List.of(inSample));
            asked.ifPresent(all::add);
            print(
                    switch (format) {
                        case json -> Output.json(view.json());
                        case csv -> BenchmarkCsv.of(all, benchmark, words);
                        case table -> view.table();
                    });
            return 0;
        }
    }

    private void print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }
}
