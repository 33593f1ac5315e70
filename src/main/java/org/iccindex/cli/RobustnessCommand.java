package org.iccindex.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.benchmark.RankRobustness;
import org.iccindex.benchmark.RobustnessInput;
import org.iccindex.benchmark.RobustnessSettings;
import org.iccindex.benchmark.Sample;
import org.iccindex.benchmark.Variants;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.RobustnessService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "robustness",
        mixinStandardHelpOptions = true,
        description = {
            "Rank robustness of the sample as of a date: every city's aggregate recomputed under N method variants",
            "(each area weight drawn within +/-50 % of the edition's and renormalised; arithmetic or geometric mean,",
            "equally likely; java.util.SplittableRandom seeded with --seed), ranked among cities of its kind (real",
            "among real, fictional among fictional). Prints each city's median rank and the interval that holds",
            "90 % of its ranks. Results without every area score the aggregate needs are left out.",
            "--draws is at most 1000000."
        })
class RobustnessCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--snapshot", description = "sample date YYYY-MM-DD (the latest published result per city)")
    Optional<LocalDate> snapshot;

    @Option(
            names = "--draws",
            defaultValue = "10000",
            description = "number of variants, 1-1000000 (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(
            names = "--seed",
            defaultValue = "20190101",
            description = "seed of the variants (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--export",
            paramLabel = "DIR",
            description = "also write the sample, the weights, the drawn variants and the intervals to DIR")
    Optional<Path> export;

    @Option(
            names = "--from",
            paramLabel = "DIR",
            description = "compute from files written by --export instead of the database; prints intervals.csv")
    Optional<Path> from;

    @Option(
            names = "--repeat",
            defaultValue = "1",
            description = "with --from: compute this many times and print each computation's time on stderr")
    int repeat;

    enum Format {
        table,
        csv,
        json
    }

    @Override
    public Integer call() {
        if (draws < 1 || draws > RobustnessSettings.MAX_DRAWS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--draws lies between 1 and " + RobustnessSettings.MAX_DRAWS + ", found " + draws);
        }
        if (from.isPresent()) {
            return fromFiles(from.get());
        }
        if (snapshot.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--snapshot DATE is needed (or --from DIR)");
        }
        RobustnessSettings settings = RobustnessSettings.DEFAULT.withDraws(draws, seed);
        try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
            Definition definition = context.getBean(EditionCatalog.class).current();
            Sample sample = context.getBean(RobustnessService.class).sample(definition, snapshot.get());
            if (sample.size() == 0) {
                throw new IllegalArgumentException("no published result on or before " + snapshot.get());
            }
            RobustnessInput input = RobustnessInput.of(definition, sample);
            Variants variants = Variants.draw(input.baseWeights(), settings);
            List<RankInterval> intervals = RankRobustness.compute(input, variants);
            export.ifPresent(dir -> {
                RobustnessFiles.write(dir, input, variants);
                RobustnessFiles.writeIntervals(dir.resolve(RobustnessFiles.INTERVALS), intervals);
            });
            String text = switch (format) {
                case table -> table(definition, sample, settings, intervals, input.excluded());
                case csv -> csv(intervals);
                case json -> Output.json(json(definition, sample, settings, intervals, input.excluded()));
            };
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private int fromFiles(Path dir) {
        RobustnessInput input = RobustnessFiles.readSample(dir);
        Variants variants = RobustnessFiles.readDraws(dir, input.areas().size());
        List<RankInterval> intervals = List.of();
        for (int r = 0; r < Math.max(1, repeat); r++) {
            long start = System.nanoTime();
            intervals = RankRobustness.compute(input, variants);
            long nanos = System.nanoTime() - start;
            spec.commandLine()
                    .getErr()
                    .printf(
                            Locale.ROOT,
                            "java: %d variants x %d cities computed in %.3f s%n",
                            variants.draws(),
                            input.competitors().size(),
                            nanos / 1e9);
        }
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().print(csv(intervals));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String table(
            Definition definition,
            Sample sample,
            RobustnessSettings settings,
            List<RankInterval> intervals,
            List<RobustnessInput.Excluded> excluded) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Sample as of ")
                .append(sample.snapshot())
                .append(": ")
                .append(sample.size())
                .append(" cities, edition ")
                .append(definition.edition())
                .append(nl);
        out.append(String.format(
                        Locale.ROOT,
                        "%,d variants, seed %d: area weights within +/-%.0f %% of the edition's, renormalised; "
                                + "geometric mean in %.0f %% of them",
                        settings.draws(),
                        settings.seed(),
                        settings.weightSpread() * 100,
                        settings.geometricShare() * 100))
                .append(nl);
        for (boolean synthetic : new boolean[] {false, true}) {
            List<RankInterval> kind =
                    intervals.stream().filter(i -> i.synthetic() == synthetic).toList();
            long left =
                    excluded.stream().filter(e -> e.synthetic() == synthetic).count();
            out.append(nl)
                    .append(synthetic ? "Fictional cities" : "Real cities")
                    .append(": ")
                    .append(kind.size())
                    .append(" ranked, ")
                    .append(left)
                    .append(" left out (without every area score)")
                    .append(nl);
            if (kind.isEmpty()) {
                continue;
            }
            TextTable table = new TextTable().row("City", "Rank", "Median", "90 % interval");
            for (RankInterval i : kind) {
                table.row(i.name(), String.valueOf(i.nominal()), String.valueOf(i.median()), i.low() + "-" + i.high());
            }
            out.append(table.render());
        }
        return out.toString();
    }

    private static String csv(List<RankInterval> intervals) {
        StringBuilder csv =
                new StringBuilder("city,synthetic,out_of,nominal,median,low,high").append(System.lineSeparator());
        for (RankInterval i : intervals) {
            csv.append(String.join(
                            ",",
                            i.city(),
                            i.synthetic() ? "1" : "0",
                            String.valueOf(i.outOf()),
                            String.valueOf(i.nominal()),
                            String.valueOf(i.median()),
                            String.valueOf(i.low()),
                            String.valueOf(i.high())))
                    .append(System.lineSeparator());
        }
        return csv.toString();
    }

    private static Map<String, Object> json(
            Definition definition,
            Sample sample,
            RobustnessSettings settings,
            List<RankInterval> intervals,
            List<RobustnessInput.Excluded> excluded) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("snapshot", sample.snapshot().toString());
        map.put("edition", definition.edition().value());
        map.put("sampleSize", sample.size());
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("draws", settings.draws());
        method.put("seed", settings.seed());
        method.put("prng", "java.util.SplittableRandom");
        method.put("weightSpread", settings.weightSpread());
        method.put("geometricShare", settings.geometricShare());
        method.put("interval", "5th-95th percentile, nearest rank");
        map.put("method", method);
        List<Object> rows = new ArrayList<>();
        for (RankInterval i : intervals) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("city", i.city());
            row.put("name", i.name());
            row.put("synthetic", i.synthetic());
            row.put("outOf", i.outOf());
            row.put("rank", i.nominal());
            row.put("median", i.median());
            row.put("low", i.low());
            row.put("high", i.high());
            rows.add(row);
        }
        map.put("intervals", rows);
        map.put(
                "leftOut",
                excluded.stream()
                        .map(e -> Map.of(
                                "city", e.city(),
                                "synthetic", e.synthetic(),
                                "missing",
                                        e.missing().stream()
                                                .map(Object::toString)
                                                .toList()))
                        .toList());
        return map;
    }
}
