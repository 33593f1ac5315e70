package org.iccindex.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.table.Table;
import org.iccindex.result.table.TableReader;

/**
 * Any results file (CSV or XLSX) is read into rows or refused with located problems, never an exception: the
 * part of the importer before the database.
 */
class ResultTableFuzzTests {
    private static final EditionCatalog CATALOG = EditionCatalog.loadFromClasspath();

    @FuzzTest(maxDuration = "75s")
    void anyResultsFileGivesRowsOrLocatedProblems(FuzzedDataProvider data) {
        boolean xlsx = data.consumeBoolean();
        byte[] content = xlsx
                ? data.consumeRemainingAsBytes()
                : data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
        String name = xlsx ? "results.xlsx" : "results.csv";
        Table table;
        try {
            table = TableReader.read(name, content);
        } catch (TableReader.UnreadableFileException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        ResultRowParser parser = new ResultRowParser(name, table, CATALOG);
        var rows = parser.parse();
        if (rows.isEmpty()) {
            assertThat(parser.problems()).isNotEmpty();
        }
        parser.problems().forEach(p -> assertThat(p.toString()).hasSizeLessThan(2_000));
    }
}
