package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iccindex.assessment.WorkbookLayout.*;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.city.City;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.AnswersBasis;

/**
 * Any workbook gives changes or located problems, never an exception, and never a change from a cell it could not
 * read. The fuzzer builds workbooks of this round whose cells hold whatever it chooses (texts, numbers including NaN
 * and infinities, booleans, error values, formulas with and without a value), or sends raw bytes.
 */
class WorkbookReaderFuzzTests {
    private static final Definition DEFINITION =
            EditionCatalog.loadFromClasspath().find("icc-2019").orElseThrow();
    private static final Round ROUND = new Round(
            7,
            new City(3, new CitySlug("fuzzton"), "Fuzzton", "Testland", true),
            DEFINITION.edition(),
            2024,
            Round.Status.DRAFT,
            AnswersBasis.CITY,
            Optional.empty(),
            0,
            List.of(),
            new Completeness(List.of(), List.of()),
            List.of(),
            Set.of());

    @FuzzTest(maxDuration = "75s")
    void anyWorkbookGivesChangesOrLocatedProblems(FuzzedDataProvider data) throws IOException {
        byte[] bytes = data.consumeBoolean() ? data.consumeRemainingAsBytes() : workbook(data);
        RoundWorkbookReader.Parsed parsed = RoundWorkbookReader.read(bytes, ROUND, DEFINITION);
        if (!parsed.problems().isEmpty()) {
            parsed.problems().forEach(p -> assertThat(p.message()).isNotBlank().hasSizeLessThan(2_000));
        }
        assertThat(parsed.changes().size())
                .isLessThanOrEqualTo(DEFINITION.questions().size());
    }

    private static byte[] workbook(FuzzedDataProvider data) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet meta = book.createSheet(META);
            String[][] rows = {
                {MARKER, ""},
                {"round", String.valueOf(ROUND.id())},
                {"city", ROUND.city().slug().value()},
                {"edition", ROUND.edition().value()},
                {"year", String.valueOf(ROUND.year())}
            };
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = meta.createRow(r);
                row.createCell(0).setCellValue(rows[r][0]);
                row.createCell(1).setCellValue(rows[r][1]);
            }
            for (Area area : DEFINITION.areas()) {
                XSSFSheet sheet = book.createSheet(area.code().value());
                int r = HEADING_ROW + 1;
                for (Question question : DEFINITION.questionsOf(area.code())) {
                    XSSFRow row = sheet.createRow(r++);
                    row.createCell(CODE).setCellValue(question.code().value());
                    row.createCell(VERSION).setCellValue(0);
                    if (data.remainingBytes() > 0) {
                        fill(row.createCell(data.pickValue(new int[] {ANSWER, NOT_APPLICABLE, NOTE, CONFIRMED})), data);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XSSFCell cell, FuzzedDataProvider data) {
        switch (data.consumeInt(0, 6)) {
            case 0 -> cell.setCellValue(data.consumeString(200));
            case 1 -> cell.setCellValue(data.consumeRegularDouble());
            case 2 -> cell.getCTCell().setV(data.pickValue(new String[] {"NaN", "INF", "-INF", "1e999", "x"}));
            case 3 -> cell.setCellValue(data.consumeBoolean());
            case 4 -> cell.setCellErrorValue(data.pickValue(FormulaError.values()));
            case 5 -> {
                cell.setCellFormula("SUM(Z1:Z9)");
                if (cell.getCTCell().isSetV()) {
                    cell.getCTCell().unsetV();
                }
            }
            default -> cell.setCellValue(data.consumeDouble());
        }
    }
}
