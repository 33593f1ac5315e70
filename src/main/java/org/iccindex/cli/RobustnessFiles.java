package org.iccindex.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.benchmark.RobustnessInput;
import org.iccindex.benchmark.Variants;
import org.iccindex.definition.AreaCode;

/**
 * The files `robustness --export` writes and `--from` reads back, for comparing with another implementation
 * (bench/robustness_numpy.py): {@code sample.csv} (city, synthetic, one exact score per area, empty for none),
 * {@code draws.f64} (per variant the area weights then 1 for a geometric mean or 0, little-endian float64) and
 * {@code weights.csv} (the edition's area weights, one line in area order), {@code intervals.csv} (city, synthetic, out_of, nominal, median, low, high).
 */
final class RobustnessFiles {
    static final String SAMPLE = "sample.csv";
    static final String DRAWS = "draws.f64";
    static final String WEIGHTS = "weights.csv";
    static final String INTERVALS = "intervals.csv";

    private RobustnessFiles() {}

    static void write(Path dir, RobustnessInput input, Variants variants) {
        try {
            Files.createDirectories(dir);
            StringBuilder csv = new StringBuilder("city,synthetic");
            input.areas().forEach(a -> csv.append(',').append(a.value()));
            csv.append('\n');
            for (RobustnessInput.Competitor c : input.competitors()) {
                csv.append(c.city()).append(',').append(c.synthetic() ? 1 : 0);
                for (double s : c.scores()) {
                    csv.append(',').append(Double.isNaN(s) ? "" : Double.toString(s));
                }
                csv.append('\n');
            }
            Files.writeString(dir.resolve(SAMPLE), csv, StandardCharsets.UTF_8);
            StringBuilder weights = new StringBuilder();
            for (double w : input.baseWeights()) {
                weights.append(weights.length() == 0 ? "" : ",").append(w);
            }
            Files.writeString(dir.resolve(WEIGHTS), weights.append('\n'), StandardCharsets.UTF_8);
            int areas = variants.areas();
            ByteBuffer buffer = ByteBuffer.allocate(variants.draws() * (areas + 1) * Double.BYTES)
                    .order(ByteOrder.LITTLE_ENDIAN);
            for (int d = 0; d < variants.draws(); d++) {
                for (int a = 0; a < areas; a++) {
                    buffer.putDouble(variants.weights()[d * areas + a]);
                }
                buffer.putDouble(variants.geometric()[d] ? 1 : 0);
            }
            Files.write(dir.resolve(DRAWS), buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeIntervals(Path file, List<RankInterval> intervals) {
        StringBuilder csv = new StringBuilder("city,synthetic,out_of,nominal,median,low,high\n");
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
                    .append('\n');
        }
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exported sample and weights, read back. */
    static RobustnessInput readSample(Path dir) {
        List<String> lines = CommandFiles.text(dir.resolve(SAMPLE)).lines().toList();
        String[] header = lines.get(0).split(",", -1);
        List<AreaCode> areas = new ArrayList<>();
        for (int a = 2; a < header.length; a++) {
            areas.add(new AreaCode(header[a]));
        }
        List<RobustnessInput.Competitor> competitors = new ArrayList<>();
        for (int l = 1; l < lines.size(); l++) {
            String[] cells = lines.get(l).split(",", -1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException(SAMPLE + ", line " + (l + 1) + ": " + cells.length
                        + " fields, the header has " + header.length);
            }
            double[] scores = new double[areas.size()];
            for (int a = 0; a < scores.length; a++) {
                scores[a] = cells[a + 2].isEmpty() ? Double.NaN : Double.parseDouble(cells[a + 2]);
            }
            competitors.add(new RobustnessInput.Competitor(cells[0], cells[0], cells[1].equals("1"), scores));
        }
        double[] weights = java.util.Arrays.stream(
                        CommandFiles.text(dir.resolve(WEIGHTS)).strip().split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        return new RobustnessInput(areas, weights, competitors, List.of());
    }

    static Variants readDraws(Path dir, int areas) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(DRAWS));
            int width = (areas + 1) * Double.BYTES;
            if (bytes.length == 0 || bytes.length % width != 0) {
                throw new IllegalArgumentException(DRAWS + ": " + bytes.length + " bytes is not a whole number of "
                        + "variants of " + areas + " weights and a flag");
            }
            int draws = bytes.length / width;
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            double[] weights = new double[draws * areas];
            boolean[] geometric = new boolean[draws];
            for (int d = 0; d < draws; d++) {
                for (int a = 0; a < areas; a++) {
                    weights[d * areas + a] = buffer.getDouble();
                }
                geometric[d] = buffer.getDouble() == 1;
            }
            return new Variants(areas, weights, geometric);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
