package org.iccindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.Sample;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.scoring.Rounding;
import org.iccindex.support.Icc2019Areas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticSampleGeneratorTests {
    private static final LocalDate SNAPSHOT = LocalDate.of(2020, 8, 27);
    private static final EditionCatalog CATALOG = EditionCatalog.loadFromClasspath();
    private static final String DEFAULT_CSV =
            SyntheticSampleGenerator.csv(CATALOG, SyntheticSampleGenerator.DEFAULT_SEED);
    private static final List<String> OLDER_AREAS = List.of(
            "commitment",
            "education",
            "neighbourhoods",
            "public_services",
            "business",
            "culture_social",
            "public_space",
            "mediation",
            "language",
            "media",
            "international",
            "intelligence",
            "welcoming",
            "governance");
    private static final List<String> NEWER_ONLY =
            List.of("leadership", "anti_discrimination", "participation", "interaction");
    private static final List<String> LENS_AREAS = Icc2019Areas.LENS;

    @ParameterizedTest
    @ValueSource(longs = {SyntheticSampleGenerator.DEFAULT_SEED, 1, 2, 42, -7})
    void theSnapshotOf2020HasTheCitiesTheReportCounts(long seed) throws IOException {
        Sample sample = snapshot(seed);

        assertThat(sample.size()).isEqualTo(140);
        assertThat(sample.entries().stream().filter(SyntheticSampleGeneratorTests::large))
                .hasSize(26)
                .anyMatch(e -> e.city().equals("ansan"));
        assertThat(sample.entries().stream()
                        .filter(e -> e.foreignBornPct()
                                .map(p -> p.compareTo(BigDecimal.TEN) >= 0 && p.compareTo(BigDecimal.valueOf(15)) < 0)
                                .orElse(false)))
                .hasSize(35)
                .anyMatch(e -> e.city().equals("ansan"));
        assertThat(sample.entries().stream()
                        .filter(e -> e.value(area("participation")).isPresent()
                                && e.value(area("interaction")).isPresent()))
                .hasSize(16);
    }

    @ParameterizedTest
    @ValueSource(longs = {SyntheticSampleGenerator.DEFAULT_SEED, 1, 2, 42, -7})
    void theSnapshotMeansAreThePublishedAverages(long seed) throws IOException {
        Sample sample = snapshot(seed);
        Map<String, Double> averages = publishedAverages();

        assertThat(averages).hasSize(15).containsKeys("lens", "leadership");
        averages.forEach((metric, average) -> {
            Metric key = metric.equals("lens") ? Metric.LENS : area(metric);
            double mean = sample.entries().stream()
                    .filter(e -> e.value(key).isPresent())
                    .mapToDouble(e -> e.value(key).getAsDouble())
                    .average()
                    .orElseThrow();
            assertThat(mean).as(metric).isCloseTo(average, within(1.0));
            assertThat(Math.round(mean)).as(metric + " shown as a whole number").isEqualTo(Math.round(average));
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {SyntheticSampleGenerator.DEFAULT_SEED, 1, 2, 42, -7})
    void ansanIsFourthAmongTheCitiesOfHalfAMillionAndMore(long seed) throws IOException {
        List<SampleEntry> large = snapshot(seed).entries().stream()
                .filter(SyntheticSampleGeneratorTests::large)
                .toList();

        // the calibration places three fictional cities above Ansan (ranks themselves count one kind of city only)
        long ansan = Rounding.whole(large.stream()
                .filter(e -> e.city().equals("ansan"))
                .findFirst()
                .orElseThrow()
                .value(Metric.AGGREGATE)
                .getAsDouble());
        long above = large.stream()
                .filter(e -> e.value(Metric.AGGREGATE).isPresent())
                .filter(e -> Rounding.whole(e.value(Metric.AGGREGATE).getAsDouble()) > ansan)
                .count();

        assertThat(above).isEqualTo(3);
        assertThat(large).hasSize(26);
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        long seed = SyntheticSampleGenerator.DEFAULT_SEED;
        assertThat(SyntheticSampleGenerator.csv(CATALOG, seed)).isEqualTo(DEFAULT_CSV);
        assertThat(SyntheticSampleGenerator.csv(CATALOG, seed + 1)).isNotEqualTo(DEFAULT_CSV);
    }

    @Test
    void rowsAreInTheImportLayoutWithoutLensOrAggregate() throws IOException {
        List<CSVRecord> rows = parse(new StringReader(DEFAULT_CSV));
        Set<String> header = new HashSet<>(rows.get(0).getParser().getHeaderNames());

        assertThat(header).contains("city", "slug", "country", "edition", "round", "published_on", "origin", "source");
        assertThat(header).doesNotContain("lens", "aggregate");
        for (CSVRecord row : rows) {
            assertThat(row.get("origin")).isEqualTo("synthetic");
            assertThat(row.get("source")).isEqualTo("synthetic demo data (seed 20200827)");
            assertThat(row.get("country")).isNotBlank();
            assertThat(row.get("sample_size")).isEmpty();
            assertThat(row.get("population")).matches("[1-9][0-9]*");
            assertThat(row.get("foreign_born_pct")).matches("[0-9]+\\.[0-9]");
            assertThat(row.get("non_national_pct")).matches("([0-9]+\\.[0-9])?");
            assertThat(date(row.get("published_on"))).isBeforeOrEqualTo(LocalDate.of(2026, 6, 30));
        }
    }

    @Test
    void scoresAreWholeNumbersOfTheRowsEdition() throws IOException {
        for (CSVRecord row : parse(new StringReader(DEFAULT_CSV))) {
            boolean older = row.get("edition").equals("icc-2011");
            assertThat(row.get("edition")).isIn("icc-2011", "icc-2019");
            assertThat(older).isEqualTo(date(row.get("published_on")).getYear() < 2019);
            for (String column : OLDER_AREAS) {
                boolean expected = older || !column.equals("governance");
                assertThat(row.get(column).isEmpty()).as(column).isNotEqualTo(expected);
            }
            for (String column : NEWER_ONLY) {
                assertThat(row.get(column).isEmpty()).as(column).isEqualTo(older);
            }
            scores(row).values().forEach(score -> assertThat(score).isBetween(0.0, 100.0));
            row.toMap().forEach((column, value) -> {
                if (OLDER_AREAS.contains(column) || NEWER_ONLY.contains(column)) {
                    assertThat(value).matches("([0-9]|[1-9][0-9]|100)?");
                }
            });
        }
    }

    @Test
    void citiesAreUniqueAndSomeComeBackForMoreRounds() throws IOException {
        Map<String, String> nameOfSlug = new HashMap<>();
        Map<String, Integer> rounds = new TreeMap<>();
        Set<String> realSlugs = new HashSet<>();
        for (CSVRecord row : parse(resource("/demo/published-results.csv"))) {
            realSlugs.add(slug(row));
        }
        for (CSVRecord row : parse(new StringReader(DEFAULT_CSV))) {
            assertThat(row.get("slug")).matches("[a-z0-9]+(-[a-z0-9]+)*").isNotIn(realSlugs);
            String known = nameOfSlug.putIfAbsent(row.get("slug"), row.get("city"));
            assertThat(known).isIn(null, row.get("city"));
            rounds.merge(row.get("slug"), 1, Integer::sum);
        }

        assertThat(new HashSet<>(nameOfSlug.values())).hasSameSizeAs(nameOfSlug.keySet());
        assertThat(rounds).hasSizeBetween(130, 160);
        assertThat(rounds.values()).contains(1, 2, 3).allMatch(n -> n <= 3);
        Map<String, LocalDate> first = new TreeMap<>();
        Set<String> backAfterSnapshot = new HashSet<>();
        for (CSVRecord row : parse(new StringReader(DEFAULT_CSV))) {
            first.merge(row.get("slug"), date(row.get("published_on")), (a, b) -> a.isBefore(b) ? a : b);
        }
        for (CSVRecord row : parse(new StringReader(DEFAULT_CSV))) {
            LocalDate published = date(row.get("published_on"));
            if (published.isAfter(SNAPSHOT) && !first.get(row.get("slug")).isAfter(SNAPSHOT)) {
                backAfterSnapshot.add(row.get("slug"));
            }
        }
        List<LocalDate> joined =
                first.values().stream().filter(date -> date.isAfter(SNAPSHOT)).toList();
        assertThat(joined).as("cities joining after the snapshot").hasSizeBetween(5, 20);
        assertThat(joined).allMatch(date -> date.getYear() >= 2021 && date.getYear() <= 2025);
        assertThat(backAfterSnapshot).hasSizeGreaterThan(10);
    }

    private static Sample snapshot(long seed) throws IOException {
        List<SampleEntry> entries = new ArrayList<>();
        for (CSVRecord row : parse(resource("/demo/published-results.csv"))) {
            entries.add(entry(row));
        }
        for (CSVRecord row : parse(new StringReader(SyntheticSampleGenerator.csv(CATALOG, seed)))) {
            entries.add(entry(row));
        }
        return Sample.asOf(entries, SNAPSHOT);
    }

    private static SampleEntry entry(CSVRecord row) {
        Map<String, Double> scores = scores(row);
        Map<Metric, Double> values = new LinkedHashMap<>();
        scores.forEach((code, score) -> values.put(area(code.equals("governance") ? "leadership" : code), score));
        Optional<Double> lens = number(row, "lens");
        if (lens.isEmpty() && scores.keySet().containsAll(LENS_AREAS)) {
            lens = Optional.of(
                    LENS_AREAS.stream().mapToDouble(scores::get).average().orElseThrow());
        }
        lens.ifPresent(value -> values.put(Metric.LENS, value));
        Optional<Double> aggregate = number(row, "aggregate");
        if (aggregate.isEmpty() && !scores.isEmpty()) {
            aggregate = Optional.of(scores.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow());
        }
        aggregate.ifPresent(value -> values.put(Metric.AGGREGATE, value));
        Optional<Double> share = number(row, "foreign_born_pct").or(() -> number(row, "non_national_pct"));
        return new SampleEntry(
                slug(row),
                row.get("city"),
                row.get("country"),
                row.get("origin").equals("synthetic"),
                new EditionId(row.get("edition")),
                Integer.parseInt(row.get("round")),
                date(row.get("published_on")),
                number(row, "population").map(BigDecimal::valueOf),
                share.map(BigDecimal::valueOf),
                values);
    }

    /** The area scores of a row, by column (an older row's leadership is under {@code governance}). */
    private static Map<String, Double> scores(CSVRecord row) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String column : OLDER_AREAS) {
            number(row, column).ifPresent(score -> scores.put(column, score));
        }
        for (String column : NEWER_ONLY) {
            number(row, column).ifPresent(score -> scores.put(column, score));
        }
        return scores;
    }

    private static Map<String, Double> publishedAverages() throws IOException {
        Map<String, Double> averages = new LinkedHashMap<>();
        for (CSVRecord row : parse(resource("/demo/published-snapshots.csv"))) {
            if (row.get("snapshot_date").equals(SNAPSHOT.toString())) {
                averages.put(row.get("metric"), Double.valueOf(row.get("average")));
            }
        }
        return averages;
    }

    private static boolean large(SampleEntry entry) {
        return entry.population()
                .map(p -> p.compareTo(BigDecimal.valueOf(500_000)) >= 0)
                .orElse(false);
    }

    private static Metric area(String code) {
        return Metric.area(new AreaCode(code));
    }

    private static String slug(CSVRecord row) {
        String slug = row.get("slug");
        return slug.isEmpty() ? SyntheticCity.slugOf(row.get("city")) : slug;
    }

    private static Optional<Double> number(CSVRecord row, String column) {
        if (!row.isMapped(column) || row.get(column).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Double.valueOf(row.get(column)));
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a partial date is the first day of its period. */
    private static LocalDate date(String text) {
        String[] parts = text.split("-");
        return LocalDate.of(
                Integer.parseInt(parts[0]),
                parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    }

    private static Reader resource(String path) {
        InputStream in = SyntheticSampleGeneratorTests.class.getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (reader) {
            return format.parse(reader).getRecords();
        }
    }
}
