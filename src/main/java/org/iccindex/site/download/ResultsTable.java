package org.iccindex.site.download;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.Sample;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.result.ResultFigures;
import org.iccindex.result.StoredResult;
import org.iccindex.site.data.Dataset;

/**
 * Every public result of one edition published on or before the snapshot date, as stored (exact values), one row
 * per result; {@code inSample} marks the rows that stand for their city in the sample of that date (its latest
 * result, whatever its edition). The same table feeds the CSV, XLSX and JSON files.
 */
public record ResultsTable(Definition edition, LocalDate snapshot, String dataVersion, List<Row> rows) {

    /** One result with its official lens and aggregate. */
    public record Row(StoredResult result, ResultFigures figures, boolean inSample) {
        public OptionalDouble area(Area area) {
            Double score = result.areaScores().get(area.code());
            return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
        }
    }

    public ResultsTable {
        rows = List.copyOf(rows);
    }

    public static ResultsTable of(Dataset data, Definition edition, Sample sample) {
        List<Row> rows = new ArrayList<>();
        for (StoredResult result : data.results()) {
            if (!result.edition().equals(edition.edition())
                    || result.publishedOn().isAfter(sample.snapshot())) {
                continue;
            }
            boolean inSample = sample.entry(result.city().slug().value())
                    .map(e -> e.edition().equals(result.edition()) && e.round() == result.round())
                    .orElse(false);
            rows.add(new Row(result, ResultFigures.of(result, edition), inSample));
        }
        rows.sort(Comparator.comparing((Row r) -> r.result().city().slug().value())
                .thenComparing(r -> r.result().publishedOn())
                .thenComparingInt(r -> r.result().round()));
        return new ResultsTable(edition, sample.snapshot(), data.version(), rows);
    }

    /** The file name without extension, e.g. {@code icc-index-results_icc-2019_2026-11-28}. */
    public String baseName() {
        return "icc-index-results_" + edition.edition().value() + "_" + snapshot;
    }

    /** The columns every format shares, in order (area codes of the edition between lens and method). */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(
                "snapshot_date",
                "edition",
                "city",
                "slug",
                "country",
                "synthetic",
                "origin",
                "round",
                "published_on",
                "published_label",
                "in_sample",
                "population",
                "foreign_born_pct",
                "non_national_pct",
                "aggregate",
                "lens"));
        edition.scoredAreas().forEach(a -> columns.add(a.code().value()));
        columns.add("method");
        columns.add("source");
        return columns;
    }

    /** A row's cells in column order: strings, booleans, numbers (exact), or empty. */
    public List<Object> cells(Row row) {
        StoredResult r = row.result();
        List<Object> cells = new ArrayList<>();
        cells.add(snapshot.toString());
        cells.add(edition.edition().value());
        cells.add(r.city().name());
        cells.add(r.city().slug().value());
        cells.add(r.city().country());
        cells.add(r.city().synthetic());
        cells.add(r.origin().code());
        cells.add(r.round());
        cells.add(r.publishedOn().toString());
        cells.add(r.publishedLabel());
        cells.add(row.inSample());
        cells.add(r.population().map(BigDecimal::valueOf).orElse(null));
        cells.add(r.foreignBornPct().orElse(null));
        cells.add(r.nonNationalPct().orElse(null));
        cells.add(number(row.figures().aggregate()));
        cells.add(number(row.figures().lens()));
        for (Area area : edition.scoredAreas()) {
            cells.add(number(row.area(area)));
        }
        cells.add(r.method().id());
        cells.add(r.source().orElse(null));
        return cells;
    }

    private static BigDecimal number(OptionalDouble value) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()) : null;
    }

    /** The cell as text for CSV: exact numbers without a trailing ".0", booleans as true/false, empty if absent. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    public Optional<Row> first() {
        return rows.stream().findFirst();
    }
}
