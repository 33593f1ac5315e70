package org.iccindex.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing published results: a valid file lands whole, a file with any problem lands not at all. */
abstract class AbstractResultImportTests {
    private static final String HEADER =
            "city,slug,country,edition,round,published_on,origin,population,foreign_born_pct,"
                    + "aggregate,lens,commitment,education,neighbourhoods,public_services,business,culture_social,public_space,"
                    + "participation,governance,source\n";

    @Autowired
    ResultImporter importer;

    @Autowired
    ResultRepository results;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResultVersions versions;

    /** A slug no other test uses, so that tests sharing a database never collide. */
    private static String slug(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int resultCount() {
        return jdbc.sql("select count(*) from result").query(Integer.class).single();
    }

    private ImportRejectedException rejected(String fileName, String csv) {
        int before = resultCount();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> importer.importResults(fileName, csv.getBytes(StandardCharsets.UTF_8), "test"));
        assertThat(thrown).isInstanceOf(ImportRejectedException.class);
        assertThat(resultCount()).as("nothing imported").isEqualTo(before);
        return (ImportRejectedException) thrown;
    }

    @Test
    void aValidFileImportsEveryRowWithItsCityAndFigures() {
        String a = slug("alphaville");
        String b = slug("betatown");
        String csv = HEADER
                + "Alphaville," + a
                + ",France,icc-2019,2020,2020-05,published,250000,12.5,71,64,60,70,65,50,55,80,60,40,,https://example.org/a\n"
                + "Betatown," + b + ",Spain,icc-2011,2016,2016,published,,,,,50,,,,,,,,30,https://example.org/b\n";
        ImportReport report = importer.importResults("ok.csv", csv.getBytes(StandardCharsets.UTF_8), "test");
        assertThat(report.results()).isEqualTo(2);
        assertThat(report.citiesCreated()).isEqualTo(2);
        StoredResult alpha = results.findByCity(new CitySlug(a)).get(0);
        assertThat(alpha.city().name()).isEqualTo("Alphaville");
        assertThat(alpha.publishedOn()).hasToString("2020-05-01");
        assertThat(alpha.publishedLabel()).isEqualTo("2020-05");
        assertThat(alpha.population()).contains(250000L);
        assertThat(alpha.aggregatePublished()).hasValue(71.0);
        assertThat(alpha.areaScores())
                .containsEntry(new AreaCode("participation"), 40.0)
                .hasSize(8);
        StoredResult beta = results.findByCity(new CitySlug(b)).get(0);
        assertThat(beta.areaScores()).containsOnlyKeys(new AreaCode("commitment"), new AreaCode("governance"));
        assertThat(beta.source()).contains("https://example.org/b");
    }

    @Test
    void anXlsxFileImportsLikeACsvFile() throws IOException {
        String a = slug("gammaburg");
        byte[] xlsx = workbook(List.of(
                List.of("city", "slug", "country", "edition", "round", "published_on", "commitment", "source"),
                List.of("Gammaburg", a, "Germany", "icc-2019", "2021", "2021-03-04", "77", "https://example.org/g")));
        ImportReport report = importer.importResults("ok.xlsx", xlsx, "test");
        assertThat(report.results()).isEqualTo(1);
        assertThat(results.findByCity(new CitySlug(a)).get(0).areaScores())
                .containsEntry(new AreaCode("commitment"), 77.0);
    }

    @Test
    void anUnknownColumnIsNamedWithItsPosition() {
        ImportRejectedException e = rejected(
                "bad.csv",
                "city,country,edition,round,published_on,comitment,source\n" + "X,France,icc-2019,2020,2020,50,s\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("6");
            assertThat(p.columnName()).isEqualTo("comitment");
            assertThat(p.toString())
                    .isEqualTo("bad.csv: row 1, column 6 (comitment): unknown column 'comitment'"
                            + " (neither a column of the layout nor an area code)");
        });
    }

    @Test
    void aScoreOutsideZeroToHundredIsNamedWithRowAndColumn() {
        ImportRejectedException e = rejected(
                "bad.csv",
                HEADER + "Deltaville," + slug("delta") + ",France,icc-2019,2020,2020,published,,,,,120,,,,,,,,,s\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.columnName()).isEqualTo("commitment");
            assertThat(p.column()).isEqualTo("12");
            assertThat(p.message()).isEqualTo("120 is outside 0-100");
        });
    }

    @Test
    void aScoreForAnAreaTheEditionLacksIsRejected() {
        ImportRejectedException e = rejected(
                "bad.csv",
                HEADER + "Epsilon," + slug("epsilon") + ",France,icc-2011,2015,2015,published,,,,,50,,,,,,,40,,s\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.columnName()).isEqualTo("participation");
            assertThat(p.message()).startsWith("unknown area for edition icc-2011");
        });
    }

    @Test
    void aRowTwiceInTheFileIsRejectedNamingBothRows() {
        String s = slug("zeta");
        String row = "Zeta," + s + ",France,icc-2019,2020,2020,published,,,,,50,,,,,,,,,s\n";
        ImportRejectedException e = rejected("bad.csv", HEADER + row + row);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("duplicate row").contains("row 2");
        });
    }

    @Test
    void theSameRowAgainChangesNothingAndOtherFiguresWithoutAReasonAreRefused() {
        String s = slug("eta");
        String csv = HEADER + "Eta," + s + ",France,icc-2019,2020,2020,published,,,,,50,,,,,,,,,s\n";
        importer.importResults("first.csv", csv.getBytes(StandardCharsets.UTF_8), "test");
        int before = resultCount();
        ImportReport again = importer.importResults("again.csv", csv.getBytes(StandardCharsets.UTF_8), "test");
        assertThat(again.results()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(resultCount()).isEqualTo(before);

        ImportRejectedException e =
                rejected("other.csv", HEADER + "Eta," + s + ",France,icc-2019,2020,2020,published,,,,,55,,,,,,,,,s\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.columnName()).isEqualTo("correction_reason");
            assertThat(p.message()).contains("already in the database with other figures");
        });
    }

    @Test
    void aCorrectionIsANewVersionAndTheEarlierOneStaysOnRecord() {
        String s = slug("kappa");
        String header = HEADER.replace("source\n", "source,correction_reason\n");
        importer.importResults(
                "first.csv",
                (header + "Kappa," + s + ",France,icc-2019,2020,2020,published,,,,,50,,,,,,,,,s,\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test");
        ImportReport report = importer.importResults(
                "fix.csv",
                (header + "Kappa," + s
                                + ",France,icc-2019,2020,2020,published,,,,,58,,,,,,,,,s,\"Commitment was misread: 58, not 50\"\n")
                        .getBytes(StandardCharsets.UTF_8),
                "analyst@example.org");
        assertThat(report.corrected()).isEqualTo(1);
        assertThat(report.results()).isZero();

        List<StoredResult> current = results.findByCity(new CitySlug(s));
        assertThat(current)
                .singleElement()
                .satisfies(r -> assertThat(r.areaScores()).containsEntry(new AreaCode("commitment"), 58.0));
        List<ResultVersions.Version> all = versions.of(current.get(0));
        assertThat(all).hasSize(2);
        assertThat(all.get(0).version()).isEqualTo(1);
        assertThat(all.get(0).correction()).isEmpty();
        assertThat(all.get(1).version()).isEqualTo(2);
        assertThat(all.get(1).replaces()).contains(all.get(0).id());
        assertThat(all.get(1).correction()).hasValueSatisfying(c -> {
            assertThat(c.by()).isEqualTo("analyst@example.org");
            assertThat(c.reason()).isEqualTo("Commitment was misread: 58, not 50");
        });
        assertThat(versions.correctedOn(current.get(0))).isPresent();
        // the earlier figures are still on record, under the first version's id
        assertThat(jdbc.sql("select score from result_area_score where result_id = ? and area_code = 'commitment'")
                        .param(all.get(0).id())
                        .query(Double.class)
                        .single())
                .isEqualTo(50.0);
        assertThat(jdbc.sql("select count(*) from account_audit where action = 'RESULT_CORRECTED' and subject = ?")
                        .param(s)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // a reason for a result that does not exist is refused: nothing to correct
        ImportRejectedException e = rejected(
                "new.csv",
                header + "Lambda," + slug("lambda") + ",France,icc-2019,2020,2020,published,,,,,50,,,,,,,,,s,why\n");
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("nothing to correct"));
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndEveryProblemIsListed() {
        String good = slug("theta");
        String csv = HEADER
                + "Theta," + good + ",France,icc-2019,2020,2020,published,,,,,50,,,,,,,,,s\n"
                + "Iota," + slug("iota") + ",France,icc-2019,twenty,2020-13-01,published,-5,,,,abc,,,,,,,,,\n";
        ImportRejectedException e = rejected("bad.csv", csv);
        assertThat(e.problems())
                .extracting(TableProblem::columnName)
                .containsExactlyInAnyOrder("round", "published_on", "population", "commitment", "source");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(3));
        assertThat(results.findByCity(new CitySlug(good)))
                .as("the valid row was not imported either")
                .isEmpty();
    }

    @Test
    void missingRequiredColumnsAreListed() {
        ImportRejectedException e = rejected("bad.csv", "city,commitment\nX,50\n");
        assertThat(e.problems())
                .extracting(TableProblem::columnName)
                .containsExactly("country", "edition", "round", "published_on");
    }

    @Test
    void anUnknownEditionIsRejected() {
        ImportRejectedException e = rejected(
                "bad.csv",
                "city,country,edition,round,published_on,commitment,source\n" + "X,France,icc-1999,2020,2020,50,s\n");
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("unknown edition 'icc-1999'"));
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRejected() {
        ImportRejectedException e = rejected("results.txt", "whatever");
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains(".csv and .xlsx"));
    }

    @Test
    void aBrokenWorkbookIsRejected() {
        int before = resultCount();
        assertThatThrownBy(() ->
                        importer.importResults("broken.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), "test"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not a readable XLSX workbook");
        assertThat(resultCount()).isEqualTo(before);
    }

    @Test
    void anXlsxProblemNamesTheColumnLetter() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of("city", "slug", "country", "edition", "round", "published_on", "commitment", "source"),
                List.of("Kappa", slug("kappa"), "Germany", "icc-2019", "2021", "2021", "101", "s")));
        int before = resultCount();
        assertThatThrownBy(() -> importer.importResults("bad.xlsx", xlsx, "test"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .hasToString("bad.xlsx: row 2, column G (commitment): 101 is outside 0-100"));
        assertThat(resultCount()).isEqualTo(before);
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("results");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && value.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
