package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.account.Accounts;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.Answer;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile values through every door of a round (form, answers file, workbook): each is refused with where it is,
 * quickly, and saves nothing; the stored answer it would have replaced stays.
 */
@OnH2
class HostileAnswersOnH2IntegrationTests {
    @Autowired
    Rounds rounds;

    @Autowired
    RoundFiles files;

    @Autowired
    Answering answering;

    @Autowired
    CityRepository cities;

    @Autowired
    Accounts accounts;

    Fixture f;
    Round round;

    @BeforeEach
    void round() {
        f = Fixture.create(cities, accounts);
        round = rounds.start(f.coordinator(), f.city().id(), 2024);
    }

    private UploadReport answersFile(String json) {
        return files.uploadAnswers(round.id(), "answers.json", json.getBytes(StandardCharsets.UTF_8), f.coordinator());
    }

    private Answer stored(String question) {
        return rounds.contents(round.id(), f.coordinator())
                .answer(new QuestionCode(question))
                .orElseThrow()
                .state()
                .answer()
                .orElse(null);
    }

    private void save(String question, String value) {
        int version = rounds.contents(round.id(), f.coordinator())
                .answer(new QuestionCode(question))
                .orElseThrow()
                .version();
        answering.save(
                round.id(),
                new QuestionCode(question),
                AbstractRoundWorkflowTests.input(value),
                version,
                f.coordinator());
    }

    @Test
    void theFortySevenByteAnswersFileIsRefusedInUnderASecondWithItsLine() {
        String file = "{\"answers\":{\"profile.refugees\": 1e-999999999}}\n";
        assertThat(file.getBytes(StandardCharsets.UTF_8)).hasSize(47);
        long start = System.nanoTime();
        UploadReport report = answersFile(file);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(report.saved()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.row()).isEqualTo(1))
                .asString()
                .contains("answers.profile.refugees")
                .contains("1E-999999999 has too many decimals (at most 15)");
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(stored("profile.refugees")).isNull();
    }

    @Test
    void hugeExponentsAndOverlongNumbersAreLocatedProblems() {
        UploadReport report = answersFile("{\"answers\":{\n\"profile.refugees\": 1e2147483647,\n"
                + "\"profile.gdp_per_capita\": 1e-30000,\n\"profile.intercultural_budget\": " + "9".repeat(5000)
                + ",\n\"profile.nationalities\": 1e30000}}");
        assertThat(report.problems())
                .extracting(UploadProblem::toString)
                .containsExactly(
                        "sheet 'answers.json', row 2, column answers.profile.refugees: the number 1E+2147483647 is too"
                                + " large (at most 15 digits before the decimal point)",
                        "sheet 'answers.json', row 3, column answers.profile.gdp_per_capita: the number 1E-30000 has"
                                + " too many decimals (at most 15)",
                        "sheet 'answers.json', row 4, column answers.profile.intercultural_budget: expected a number,"
                                + " found a value of 5000 characters",
                        "sheet 'answers.json', row 5, column answers.profile.nationalities: the number 1E+30000 is too"
                                + " large (at most 15 digits before the decimal point)");
    }

    @Test
    void theFormRefusesExtremeNumbersAndOverlongTextsWithTheQuestionsProblem() {
        save("profile.population", "180000");
        for (String value : List.of("1e999999", "1e30000", "1e-30000", "1" + "0".repeat(30))) {
            assertThatThrownBy(() -> save("profile.population", value))
                    .isInstanceOf(Refusal.class)
                    .satisfies(e -> assertThat(((Refusal) e).details())
                            .singleElement()
                            .asString()
                            .containsAnyOf("too large", "too many decimals", "not a number of a sensible size"));
        }
        assertThatThrownBy(() -> save("profile.main_nationalities", "x".repeat(20_001)))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).details())
                        .containsExactly("the text has 20001 characters, at most 20000 are accepted"));
        assertThat(stored("profile.population")).isEqualTo(new Answer.Numeric(new java.math.BigDecimal("180000")));
    }

    @Test
    void aPopulationAboveTheDefinitionsMaximumIsRefusedNotPublishedAsZero() {
        assertThatThrownBy(() -> save("profile.population", "18446744073709551616000"))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> save("profile.population", "50000001"))
                .isInstanceOf(Refusal.class)
                .satisfies(e ->
                        assertThat(((Refusal) e).details()).containsExactly("the largest accepted value is 50000000"));
        UploadReport report = answersFile("{\"answers\":{\"profile.population\": 0}}");
        assertThat(report.problems())
                .singleElement()
                .asString()
                .endsWith("answers.profile.population: the smallest accepted value is 1");
        save("profile.population", "50000000");
        assertThat(stored("profile.population")).isEqualTo(new Answer.Numeric(new java.math.BigDecimal("50000000")));
    }

    @Test
    void controlCharactersAreRemovedFromTexts() {
        save("profile.main_nationalities", "Country A\u0000 30 %\u0007,\nCountry B 12 %");
        assertThat(stored("profile.main_nationalities")).isEqualTo(new Answer.Text("Country A 30 %,\nCountry B 12 %"));
        assertThat(((Answer.Text) stored("profile.main_nationalities")).text()).doesNotContain("\u0000", "\u0007");
    }

    // ------------------------------------------------------------------------------------------- workbook cells

    private byte[] workbook() {
        return files.workbook(round.id(), f.coordinator(), "en", key -> key, List.of("Instructions"));
    }

    private static byte[] edited(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Consumer<XSSFWorkbook> cell(String question, char column, Consumer<XSSFCell> change) {
        return book -> {
            Sheet sheet = book.getSheet(question.substring(0, question.indexOf('.')));
            for (Row row : sheet) {
                if (row.getCell(0) != null && question.equals(row.getCell(0).toString())) {
                    change.accept((XSSFCell) row.getCell(column - 'A', Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
                    return;
                }
            }
            throw new IllegalArgumentException("no row " + question);
        };
    }

    private static Consumer<XSSFCell> error(FormulaError error) {
        return c -> c.setCellErrorValue(error);
    }

    private static Consumer<XSSFCell> formulaWithoutValue(String formula) {
        return c -> {
            c.setCellFormula(formula);
            if (c.getCTCell().isSetV()) {
                c.getCTCell().unsetV();
            }
        };
    }

    private static Consumer<XSSFCell> rawNumber(String value) {
        return c -> {
            c.setCellValue(1);
            c.getCTCell().setV(value);
        };
    }

    @Test
    void errorCellsFormulasWithoutValueAndNanAreProblemsAndTheStoredAnswersStay() {
        save("profile.population", "180000");
        save("profile.main_nationalities", "Country A 30 %");
        save("profile.refugees", "1200");
        save("profile.gdp_per_capita", "31000");
        byte[] bad = edited(
                workbook(),
                cell("profile.population", 'D', error(FormulaError.DIV0))
                        .andThen(cell("profile.main_nationalities", 'D', error(FormulaError.NA)))
                        .andThen(cell("profile.refugees", 'D', formulaWithoutValue("SUM(Z1:Z9)")))
                        .andThen(cell("profile.gdp_per_capita", 'D', rawNumber("NaN")))
                        .andThen(cell("profile.nationalities", 'D', rawNumber("INF"))));
        UploadReport report = files.uploadWorkbook(round.id(), "round.xlsx", bad, f.coordinator());
        assertThat(report.saved()).isFalse();
        assertThat(report.problems())
                .extracting(UploadProblem::toString)
                .containsExactly(
                        "sheet 'profile', row 3, column D (Answer): the cell holds the error #DIV/0! instead of a value",
                        "sheet 'profile', row 6, column D (Answer): the cell is marked as a number but holds none",
                        "sheet 'profile', row 7, column D (Answer): the cell holds the error #N/A instead of a value",
                        "sheet 'profile', row 8, column D (Answer): the formula =SUM(Z1:Z9) has no calculated value:"
                                + " type the value, or open the workbook in a spreadsheet program and save it so that"
                                + " it is calculated",
                        "sheet 'profile', row 9, column D (Answer): the cell holds NaN, which is not a number that can"
                                + " be an answer");
        assertThat(stored("profile.population")).isEqualTo(new Answer.Numeric(new java.math.BigDecimal("180000")));
        assertThat(stored("profile.main_nationalities")).isEqualTo(new Answer.Text("Country A 30 %"));
        assertThat(stored("profile.refugees")).isEqualTo(new Answer.Numeric(new java.math.BigDecimal("1200")));
    }

    @Test
    void aLongListOfProblemsIsCappedWithHowManyMore() {
        Consumer<XSSFWorkbook> everywhere = book -> {
            for (Sheet sheet : book) {
                if (book.getSheetIndex(sheet) > 0 && !book.isSheetHidden(book.getSheetIndex(sheet))) {
                    for (int r = 1; r <= 300; r++) {
                        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                        Cell code = row.getCell(0, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                        if (code.toString().isEmpty()) {
                            code.setCellValue("no.such_question" + r);
                        }
                    }
                }
            }
        };
        UploadReport report =
                files.uploadWorkbook(round.id(), "round.xlsx", edited(workbook(), everywhere), f.coordinator());
        assertThat(report.saved()).isFalse();
        assertThat(report.problems()).hasSize(UploadReport.SHOWN);
        assertThat(report.more()).isGreaterThan(1_000);
        assertThat(report.problemCount()).isEqualTo(UploadReport.SHOWN + report.more());
    }
}
