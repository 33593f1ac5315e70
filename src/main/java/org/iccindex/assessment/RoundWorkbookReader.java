package org.iccindex.assessment;

import static org.iccindex.assessment.WorkbookLayout.*;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;

/**
 * Reads a round's workbook back and checks all of it: that it is an .xlsx downloaded for this round, that every
 * area sheet and question row is there, and every cell's value. Every problem is collected with its sheet, row
 * and column; the changes are only worth applying when there is none.
 */
final class RoundWorkbookReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};

    record Parsed(List<Answering.Change> changes, List<UploadProblem> problems) {}

    private final Definition definition;
    private final List<Answering.Change> changes = new ArrayList<>();
    private final List<UploadProblem> problems = new ArrayList<>();

    private RoundWorkbookReader(Definition definition) {
        this.definition = definition;
    }

    static Parsed read(byte[] bytes, Round round, Definition definition) {
        RoundWorkbookReader reader = new RoundWorkbookReader(definition);
        reader.readAll(bytes, round);
        return new Parsed(reader.changes, reader.problems);
    }

    private void readAll(byte[] bytes, Round round) {
        if (startsWith(bytes, OLE)) {
            problems.add(UploadProblem.ofFile(
                    "this is an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) and upload again"));
            return;
        }
        if (!startsWith(bytes, ZIP)) {
            problems.add(UploadProblem.ofFile("not an Excel workbook (.xlsx)"));
            return;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (identifies(workbook, round)) {
                for (Area area : definition.areas()) {
                    Sheet sheet = workbook.getSheet(area.code().value());
                    if (sheet == null) {
                        problems.add(new UploadProblem(
                                area.code().value(), 0, "", "sheet '" + area.code() + "' is missing"));
                    } else {
                        readSheet(area, sheet);
                    }
                }
            }
        } catch (Exception e) {
            problems.add(UploadProblem.ofFile("not an Excel workbook (.xlsx) that can be read: " + e.getMessage()));
        }
    }

    /** Whether the hidden sheet names this round; adds the problem when not. */
    private boolean identifies(XSSFWorkbook workbook, Round round) {
        Sheet meta = workbook.getSheet(META);
        if (meta == null || !MARKER.equals(text(meta, 0, 0))) {
            problems.add(UploadProblem.ofFile("this is not a questionnaire workbook downloaded from icc-index"
                    + " (its hidden sheet '" + META + "' is missing): download the round's workbook and fill that in"));
            return false;
        }
        String city = text(meta, 2, 1);
        String edition = text(meta, 3, 1);
        String year = text(meta, 4, 1);
        String id = text(meta, 1, 1);
        if (!city.equals(round.city().slug().value())
                || !edition.equals(round.edition().value())
                || !year.equals(String.valueOf(round.year()))
                || !id.equals(String.valueOf(round.id()))) {
            problems.add(UploadProblem.ofFile("this workbook belongs to another round (city " + city + ", edition "
                    + edition + ", " + year + "), not to " + round.city().name() + " " + round.year()));
            return false;
        }
        return true;
    }

    private void readSheet(Area area, Sheet sheet) {
        String name = sheet.getSheetName();
        Set<QuestionCode> seen = new HashSet<>();
        for (int r = HEADING_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int line = r + 1;
            String code = text(row, CODE);
            if (code.isEmpty()) {
                if (!blank(row)) {
                    problems.add(new UploadProblem(name, line, column(CODE), "the question code is missing"));
                }
                continue;
            }
            Question question = QuestionCode.isValid(code)
                    ? definition.question(new QuestionCode(code)).orElse(null)
                    : null;
            if (question == null) {
                problems.add(new UploadProblem(name, line, column(CODE), "unknown question '" + code + "'"));
                continue;
            }
            if (!question.area().equals(area.code())) {
                problems.add(new UploadProblem(
                        name,
                        line,
                        column(CODE),
                        "question '" + code + "' belongs on sheet '" + question.area() + "'"));
                continue;
            }
            if (!seen.add(question.code())) {
                problems.add(new UploadProblem(name, line, column(CODE), "question '" + code + "' appears twice"));
                continue;
            }
            readRow(question, row, name, line);
        }
        for (Question question : definition.questionsOf(area.code())) {
            if (!seen.contains(question.code())) {
                problems.add(new UploadProblem(
                        name, 0, "", "the row of question '" + question.code() + "' is missing from this sheet"));
            }
        }
    }

    private void readRow(Question question, Row row, String sheet, int line) {
        int problemsBefore = problems.size();
        for (int column : new int[] {ANSWER, NOT_APPLICABLE, NOTE, CONFIRMED}) {
            Cell cell = row.getCell(column);
            unreadable(cell)
                    .ifPresent(problem -> problems.add(new UploadProblem(sheet, line, column(column), problem)));
        }
        if (problems.size() > problemsBefore) {
            return; // an unreadable cell is never taken for an empty one, which would delete the stored answer
        }
        String answer = text(row, ANSWER);
        String justification = text(row, NOT_APPLICABLE);
        boolean notApplicable = !justification.isEmpty();
        if (notApplicable && !answer.isEmpty()) {
            problems.add(new UploadProblem(
                    sheet, line, column(NOT_APPLICABLE), "give an answer or a not-applicable justification, not both"));
        }
        List<String> values = question.type() == AnswerType.MULTIPLE_CHOICE
                ? Arrays.asList(answer.split("[,;\\n]"))
                : List.of(answer);
        AnswerState state = AnswerState.EMPTY;
        try {
            state = AnswerCodec.parse(question, new AnswerInput(values, notApplicable, justification, text(row, NOTE)));
        } catch (Refusal refusal) {
            String detail = refusal.details().isEmpty() ? refusal.getMessage() : String.join("; ", refusal.details());
            problems.add(new UploadProblem(sheet, line, column(notApplicable ? NOT_APPLICABLE : ANSWER), detail));
        }
        String confirmed = text(row, CONFIRMED).toLowerCase(java.util.Locale.ROOT);
        if (!confirmed.isEmpty() && !confirmed.equals("yes") && !confirmed.equals("no")) {
            problems.add(new UploadProblem(sheet, line, column(CONFIRMED), "yes or no, found '" + confirmed + "'"));
        }
        OptionalInt version = version(row);
        if (version.isEmpty()) {
            problems.add(new UploadProblem(
                    sheet, line, column(VERSION), "the version is missing or changed: download a fresh workbook"));
        }
        if (problems.size() == problemsBefore) {
            changes.add(new Answering.Change(question.code(), state, confirmed.equals("yes"), version));
        }
    }

    /**
     * Why a cell cannot be read as a value: an error (#DIV/0!, #N/A), a formula the spreadsheet program never
     * calculated (no stored result: reading it as 0 or empty would be a guess), or a number that is NaN or infinite.
     */
    static Optional<String> unreadable(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                return Optional.of("the formula =" + cut(cell.getCellFormula())
                        + " has no calculated value: type the value, or open the workbook in a spreadsheet program"
                        + " and save it so that it is calculated");
            }
            type = cell.getCachedFormulaResultType();
        }
        if (type == CellType.ERROR) {
            return Optional.of("the cell holds the error " + errorText(cell) + " instead of a value");
        }
        if (type == CellType.NUMERIC) {
            double value;
            try {
                value = cell.getNumericCellValue();
            } catch (IllegalStateException e) {
                return Optional.of("the cell is marked as a number but holds none");
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return Optional.of("the cell holds " + value + ", which is not a number that can be an answer");
            }
        }
        return Optional.empty();
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "(unknown error)";
        }
    }

    private static String cut(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static OptionalInt version(Row row) {
        Cell cell = row.getCell(VERSION);
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            return OptionalInt.empty();
        }
        double value = cell.getNumericCellValue();
        return value == Math.rint(value) && value >= 0 ? OptionalInt.of((int) value) : OptionalInt.empty();
    }

    private static boolean blank(Row row) {
        for (int c = CODE; c <= VERSION; c++) {
            if (c != VERSION && c != CONFIRMED && !text(row, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Sheet sheet, int row, int column) {
        return text(sheet.getRow(row), column);
    }

    static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue().strip();
            case NUMERIC:
                return NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "yes" : "no";
            default:
                return "";
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
