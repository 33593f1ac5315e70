package org.iccindex.result;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.account.AccountAudit;
import org.iccindex.account.AuditAction;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.publication.PublicDataChanged;
import org.iccindex.result.table.Table;
import org.iccindex.result.table.TableReader;
import org.iccindex.scoring.ScoringMethod;
import org.iccindex.shared.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports published results from CSV or XLSX (docs/results-import.md): the whole file is checked first, and one
 * problem rejects it whole; a valid file is written in one transaction.
 */
@Service
public class ResultImporter {
    /**
     * The columns that name a row's city and round, in the order of docs/results-import.md; the area scores, the
     * published aggregate and lens, and the source follow them.
     */
    public static final List<String> PROFILE_COLUMNS = List.of(
            "city",
            "slug",
            "country",
            "edition",
            "round",
            "published_on",
            "origin",
            "population",
            "foreign_born_pct",
            "non_national_pct",
            "sample_size");

    private final EditionCatalog catalog;
    private final CityRepository cities;
    private final ResultRepository results;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AccountAudit audit;

    private final Clock clock;

    ResultImporter(
            EditionCatalog catalog,
            CityRepository cities,
            ResultRepository results,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            AccountAudit audit,
            Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.cities = cities;
        this.results = results;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
    }

    /**
     * @throws ImportRejectedException with every problem, when anything is wrong; nothing is written then
     */
    public ImportReport importResults(String fileName, byte[] content, String importedBy) {
        Table table;
        try {
            table = TableReader.read(fileName, content);
        } catch (TableReader.UnreadableFileException e) {
            throw new ImportRejectedException(List.of(new TableProblem(fileName, 0, "", "", e.getMessage())));
        }
        ResultRowParser parser = new ResultRowParser(fileName, table, catalog);
        List<ResultRow> rows = parser.parse();
        List<TableProblem> problems = new ArrayList<>(parser.problems());
        Map<Integer, StoredResult> stored = new HashMap<>();
        if (problems.isEmpty()) {
            problems.addAll(checkAgainstDatabase(fileName, rows, stored));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return transaction.execute(status -> write(fileName, rows, stored, importedBy));
    }

    /** Fills {@code stored} with the current result each row meets in the database, if any. */
    private List<TableProblem> checkAgainstDatabase(
            String fileName, List<ResultRow> rows, Map<Integer, StoredResult> stored) {
        List<TableProblem> problems = new ArrayList<>();
        for (ResultRow row : rows) {
            Optional<City> city = cities.find(row.slug());
            if (city.isEmpty()) {
                row.correctionReason().ifPresent(reason -> problems.add(nothingToCorrect(fileName, row)));
                continue;
            }
            if (!city.get().country().equals(row.country())) {
                problems.add(new TableProblem(
                        fileName,
                        row.rowNumber(),
                        "",
                        "country",
                        "city '" + row.slug() + "' already exists in "
                                + city.get().country() + ", not " + row.country()));
            }
            if (city.get().synthetic() != (row.origin() == ResultOrigin.SYNTHETIC)) {
                problems.add(new TableProblem(
                        fileName,
                        row.rowNumber(),
                        "",
                        "origin",
                        city.get().synthetic()
                                ? "city '" + row.slug() + "' is a synthetic city: its results must be synthetic too"
                                : "city '" + row.slug()
                                        + "' is a real city: a synthetic result cannot be added to it"));
            }
            Optional<StoredResult> current = results.findByCity(row.slug()).stream()
                    .filter(r -> r.edition().equals(row.edition()) && r.round() == row.round())
                    .findFirst();
            if (current.isEmpty()) {
                row.correctionReason().ifPresent(reason -> problems.add(nothingToCorrect(fileName, row)));
                continue;
            }
            stored.put(row.rowNumber(), current.get());
            if (!row.sameAs(current.get()) && row.correctionReason().isEmpty()) {
                problems.add(new TableProblem(
                        fileName,
                        row.rowNumber(),
                        "",
                        "correction_reason",
                        "a result for " + row.slug() + ", " + row.edition() + ", round " + row.round()
                                + " is already in the database with other figures: to correct it, give the reason in"
                                + " a correction_reason column (the stored version stays on record)"));
            }
        }
        return problems;
    }

    private static TableProblem nothingToCorrect(String fileName, ResultRow row) {
        return new TableProblem(
                fileName,
                row.rowNumber(),
                "",
                "correction_reason",
                "nothing to correct: there is no result for " + row.slug() + ", " + row.edition() + ", round "
                        + row.round() + " in the database (leave correction_reason empty for a new result)");
    }

    private ImportReport write(
            String fileName, List<ResultRow> rows, Map<Integer, StoredResult> stored, String importedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into import_batch (file_name, rows_imported, imported_at, imported_by) values (?, ?, ?, ?)")
                .params(fileName, rows.size(), Timestamps.sql(clock.instant()), importedBy)
                .update(keys, "id");
        long batch = keys.getKey().longValue();
        Map<CitySlug, City> known = new HashMap<>();
        int created = 0;
        int corrected = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (ResultRow row : rows) {
            StoredResult current = stored.get(row.rowNumber());
            if (current != null && row.sameAs(current)) {
                unchanged++;
                continue;
            }
            City city = known.get(row.slug());
            if (city == null) {
                Optional<City> existing = cities.find(row.slug());
                if (existing.isPresent()) {
                    city = existing.get();
                } else {
                    city = cities.create(row.slug(), row.name(), row.country(), row.origin() == ResultOrigin.SYNTHETIC);
                    created++;
                }
                known.put(row.slug(), city);
            }
            StoredResult result = new StoredResult(
                    0,
                    city,
                    row.edition(),
                    row.round(),
                    row.publishedOn(),
                    row.publishedLabel(),
                    row.origin(),
                    ScoringMethod.IMPORTED,
                    row.population(),
                    row.foreignBornPct(),
                    row.nonNationalPct(),
                    row.sampleSize(),
                    row.areaScores(),
                    row.lens(),
                    row.aggregate(),
                    row.source());
            if (current == null) {
                results.insert(result, Optional.of(batch));
            } else {
                ResultVersions.Correction why = new ResultVersions.Correction(
                        now, importedBy, row.correctionReason().orElseThrow());
                results.insertCorrection(current, result, Optional.of(batch), why);
                audit.record(
                        Optional.empty(),
                        AuditAction.RESULT_CORRECTED,
                        row.slug().value(),
                        row.edition().value() + " " + row.round() + " republished from " + fileName + " by "
                                + importedBy + ": " + why.reason());
                corrected++;
            }
        }
        int added = rows.size() - corrected - unchanged;
        if (added + corrected > 0) {
            events.publishEvent(new PublicDataChanged(
                    PublicDataChanged.Subject.RESULTS,
                    added + " results imported and " + corrected + " corrected from " + fileName));
        }
        return new ImportReport(batch, fileName, added, created, corrected, unchanged);
    }
}
