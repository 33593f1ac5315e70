package org.iccindex.result;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.publication.PublicDataChanged;
import org.iccindex.result.table.Table;
import org.iccindex.result.table.TableReader;
import org.iccindex.scoring.ScoringMethod;
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

    ResultImporter(
            EditionCatalog catalog,
            CityRepository cities,
            ResultRepository results,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.cities = cities;
        this.results = results;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
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
        if (problems.isEmpty()) {
            problems.addAll(checkAgainstDatabase(fileName, rows));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        ImportReport report = transaction.execute(status -> write(fileName, rows, importedBy));
        return report;
    }

    private List<TableProblem> checkAgainstDatabase(String fileName, List<ResultRow> rows) {
        List<TableProblem> problems = new ArrayList<>();
        for (ResultRow row : rows) {
            Optional<City> city = cities.find(row.slug());
            if (city.isEmpty()) {
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
            if (results.exists(city.get().id(), row.edition(), row.round())) {
                problems.add(new TableProblem(
                        fileName,
                        row.rowNumber(),
                        "",
                        "",
                        "duplicate row: a result for " + row.slug() + ", " + row.edition() + ", round " + row.round()
                                + " is already in the database"));
            }
        }
        return problems;
    }

    private ImportReport write(String fileName, List<ResultRow> rows, String importedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into import_batch (file_name, rows_imported, imported_at, imported_by) values (?, ?, ?, ?)")
                .params(fileName, rows.size(), LocalDateTime.now(), importedBy)
                .update(keys, "id");
        long batch = keys.getKey().longValue();
        Map<CitySlug, City> known = new HashMap<>();
        int created = 0;
        for (ResultRow row : rows) {
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
            results.insert(
                    new StoredResult(
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
                            row.source()),
                    Optional.of(batch));
        }
        events.publishEvent(new PublicDataChanged(
                PublicDataChanged.Subject.RESULTS, rows.size() + " results imported from " + fileName));
        return new ImportReport(batch, fileName, rows.size(), created);
    }
}
