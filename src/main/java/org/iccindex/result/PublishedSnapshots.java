package org.iccindex.result;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.table.Table;
import org.iccindex.result.table.TableReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark snapshots as past reports quoted them (e.g. {@code icc-2020-published}). Imported from a table with
 * the columns snapshot, edition, snapshot_date, sample_size, metric, average, source (one row per metric).
 */
@Service
public class PublishedSnapshots {
    private static final List<String> COLUMNS =
            List.of("snapshot", "edition", "snapshot_date", "sample_size", "metric", "average", "source");

    private final JdbcClient jdbc;
    private final EditionCatalog catalog;
    private final TransactionTemplate transaction;

    PublishedSnapshots(JdbcClient jdbc, EditionCatalog catalog, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.transaction = transaction;
    }

    public Optional<PublishedSnapshot> find(String id) {
        Map<Metric, Double> averages = new LinkedHashMap<>();
        Optional<Definition> definition = jdbc.sql("select edition_id from published_snapshot where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .flatMap(catalog::find);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Metric> metrics = metricsByCode(definition.get());
        jdbc.sql("select metric, average from published_snapshot_average where snapshot_id = ?")
                .param(id)
                .query(rs -> {
                    Metric metric = metrics.get(rs.getString(1));
                    if (metric != null) {
                        averages.put(metric, rs.getDouble(2));
                    }
                });
        return jdbc.sql(
                        "select id, edition_id, snapshot_date, sample_size, source from published_snapshot where id = ?")
                .param(id)
                .query((rs, n) -> new PublishedSnapshot(
                        rs.getString("id"),
                        new EditionId(rs.getString("edition_id")),
                        rs.getObject("snapshot_date", LocalDate.class),
                        rs.getInt("sample_size"),
                        averages,
                        rs.getString("source")))
                .optional();
    }

    /**
     * The benchmark a real city's round is set against by default: the snapshot its own published report quoted
     * (same edition, dated the day the result was published). None for a fictional city, whose comparison is the
     * demo sample, nor for a round no report benchmarked.
     */
    public Optional<PublishedSnapshot> ofRound(StoredResult result) {
        if (result.city().synthetic()) {
            return Optional.empty();
        }
        return jdbc
                .sql("select id from published_snapshot where edition_id = ? and snapshot_date = ? order by id")
                .params(result.edition().value(), result.publishedOn())
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .flatMap(this::find);
    }

    public List<String> ids() {
        return jdbc.sql("select id from published_snapshot order by snapshot_date")
                .query(String.class)
                .list();
    }

    /** Imports a snapshots table whole, or rejects it whole with every problem. Returns the number of snapshots. */
    public int importSnapshots(String fileName, String csv) {
        Table table;
        try {
            table = TableReader.read(fileName, csv.getBytes(StandardCharsets.UTF_8));
        } catch (TableReader.UnreadableFileException e) {
            throw new ImportRejectedException(List.of(new TableProblem(fileName, 0, "", "", e.getMessage())));
        }
        List<TableProblem> problems = new ArrayList<>();
        if (!table.header().equals(COLUMNS)) {
            problems.add(new TableProblem(fileName, 1, "", "", "the header must be " + String.join(",", COLUMNS)));
            throw new ImportRejectedException(problems);
        }
        Map<String, PublishedSnapshot> snapshots = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            readRow(fileName, table.rowNumbers().get(i), table.rows().get(i), snapshots, problems);
        }
        for (String id : snapshots.keySet()) {
            if (jdbc.sql("select count(*) from published_snapshot where id = ?")
                            .param(id)
                            .query(Integer.class)
                            .single()
                    > 0) {
                problems.add(new TableProblem(fileName, 0, "", "snapshot", "snapshot '" + id + "' already exists"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        transaction.executeWithoutResult(status -> snapshots.values().forEach(this::insert));
        return snapshots.size();
    }

    private void readRow(
            String file,
            int row,
            List<String> cells,
            Map<String, PublishedSnapshot> snapshots,
            List<TableProblem> problems) {
        try {
            String id = cells.get(0);
            Definition definition = catalog.find(cells.get(1))
                    .orElseThrow(() -> new IllegalArgumentException("unknown edition '" + cells.get(1) + "'"));
            Metric metric = Optional.ofNullable(metricsByCode(definition).get(cells.get(4)))
                    .orElseThrow(() ->
                            new IllegalArgumentException("unknown metric '" + cells.get(4) + "' for " + cells.get(1)));
            BigDecimal average = new BigDecimal(cells.get(5));
            if (average.signum() < 0 || average.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("average " + average + " is outside 0-100");
            }
            PublishedSnapshot current = snapshots.get(id);
            Map<Metric, Double> averages = new LinkedHashMap<>(current == null ? Map.of() : current.averages());
            if (averages.put(metric, average.doubleValue()) != null) {
                throw new IllegalArgumentException("metric '" + metric.code() + "' given twice for snapshot " + id);
            }
            snapshots.put(
                    id,
                    new PublishedSnapshot(
                            id,
                            definition.edition(),
                            LocalDate.parse(cells.get(2)),
                            Integer.parseInt(cells.get(3)),
                            averages,
                            cells.get(6)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            problems.add(new TableProblem(file, row, "", "", e.getMessage()));
        }
    }

    private void insert(PublishedSnapshot snapshot) {
        jdbc.sql(
                        "insert into published_snapshot (id, edition_id, snapshot_date, sample_size, source) values (?, ?, ?, ?, ?)")
                .params(
                        snapshot.id(),
                        snapshot.edition().value(),
                        snapshot.date(),
                        snapshot.sampleSize(),
                        snapshot.source())
                .update();
        snapshot.averages()
                .forEach((metric, average) -> jdbc.sql(
                                "insert into published_snapshot_average (snapshot_id, metric, average) values (?, ?, ?)")
                        .params(snapshot.id(), metric.code(), average)
                        .update());
    }

    private static Map<String, Metric> metricsByCode(Definition definition) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        SampleAnalysis.metricsOf(definition).forEach(m -> metrics.put(m.code(), m));
        return metrics;
    }
}
