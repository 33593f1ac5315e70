package org.iccindex.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.MetricComparison;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.benchmark.Stats;
import org.iccindex.definition.Definition;
import org.iccindex.shared.CsvCells;
import org.iccindex.wording.Wording;

/**
 * A city's benchmark as CSV, one line per metric and figure it is compared with: against the held sample, one per
 * group of the table (the whole sample and the city's bands) with the group's mean and the city's rank among the
 * cities of its kind; against a published snapshot, one per metric with the published average and no rank. Exact
 * values, the difference in whole numbers as shown.
 */
final class BenchmarkCsv {
    private static final String[] HEADER = {
        "metric", "compared_with", "cities", "city", "mean", "difference", "rank", "ranked", "fictional_in_mean"
    };

    private BenchmarkCsv() {}

    /** The benchmarks in turn, under one header (the held sample, then a published snapshot asked for). */
    static String of(List<CityBenchmark> benchmarks, Definition definition, Wording words) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADER)
                .setRecordSeparator('\n')
                .get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (CityBenchmark benchmark : benchmarks) {
                print(printer, benchmark, definition, words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter printer, CityBenchmark benchmark, Definition definition, Wording words)
            throws IOException {
        for (CityBenchmark.Row row : benchmark.rows()) {
            if (benchmark.againstPublished()) {
                var snapshot = benchmark.published().orElseThrow();
                printer.printRecord(CsvCells.neutralise(line(
                        row,
                        "published averages " + snapshot.id(),
                        snapshot.sampleSize(),
                        row.reference(),
                        row.difference(),
                        Optional.empty(),
                        false)));
                continue;
            }
            for (GroupComparison group : benchmark.columns()) {
                Optional<MetricComparison> m = group.metric(row.metric());
                OptionalDouble mean = m.flatMap(MetricComparison::stats)
                        .map(Stats::mean)
                        .map(OptionalDouble::of)
                        .orElse(OptionalDouble.empty());
                printer.printRecord(CsvCells.neutralise(line(
                        row,
                        words.group(group.group(), definition),
                        group.members(),
                        mean,
                        CityBenchmark.difference(row.value(), mean),
                        m.flatMap(MetricComparison::rank),
                        benchmark.realAgainstFictional())));
            }
        }
    }

    private static List<String> line(
            CityBenchmark.Row row,
            String comparedWith,
            int cities,
            OptionalDouble mean,
            OptionalInt difference,
            Optional<RankPosition> rank,
            boolean fictionalInMean) {
        List<String> cells = new ArrayList<>();
        cells.add(row.metric().code());
        cells.add(comparedWith);
        cells.add(String.valueOf(cities));
        cells.add(number(row.value()));
        cells.add(number(mean));
        // a plain signed number, as a spreadsheet reads it ("+3" would be taken for a formula and neutralised)
        cells.add(difference.isPresent() ? String.valueOf(difference.getAsInt()) : "");
        cells.add(rank.map(r -> String.valueOf(r.position())).orElse(""));
        cells.add(rank.map(r -> String.valueOf(r.outOf())).orElse(""));
        cells.add(fictionalInMean ? "1" : "0");
        return cells;
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? String.valueOf(value.getAsDouble()) : "";
    }
}
