package org.iccindex.assessment;

import static org.iccindex.assessment.WorkbookLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Option;
import org.iccindex.definition.Question;
import org.iccindex.scoring.Answer;

/** Writes a round as a workbook generated from its definition, in the reader's language. */
final class RoundWorkbookWriter {
    private final Definition definition;
    private final String language;
    private final Function<String, String> words;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle wrap;
    private final CellStyle heading;
    private final XSSFSheet lists;
    private int listRows;

    private RoundWorkbookWriter(Definition definition, String language, Function<String, String> words) {
        this.definition = definition;
        this.language = language;
        this.words = words;
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        heading = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading.setFont(bold);
        heading.setWrapText(true);
        lists = workbook.createSheet(LISTS);
    }

    /**
     * @param words the workbook's fixed texts by key ({@code heading.0}.., {@code how.one-of}..) in the reader's
     *     language
     */
    static byte[] write(
            Round round,
            RoundContents contents,
            String language,
            Function<String, String> words,
            List<String> instructions) {
        RoundWorkbookWriter writer = new RoundWorkbookWriter(contents.definition(), language, words);
        return writer.build(round, contents, instructions);
    }

    private byte[] build(Round round, RoundContents contents, List<String> instructions) {
        XSSFSheet intro = workbook.createSheet(INSTRUCTIONS);
        intro.setColumnWidth(0, 110 * 256);
        for (int i = 0; i < instructions.size(); i++) {
            intro.createRow(i).createCell(0).setCellValue(instructions.get(i));
            intro.getRow(i).getCell(0).setCellStyle(i == 0 ? heading : wrap);
        }
        for (Area area : definition.areas()) {
            areaSheet(area, contents);
        }
        XSSFSheet meta = workbook.createSheet(META);
        String[][] rows = {
            {MARKER, String.valueOf(FORMAT)},
            {"round", String.valueOf(round.id())},
            {"city", round.city().slug().value()},
            {"edition", round.edition().value()},
            {"year", String.valueOf(round.year())}
        };
        for (int i = 0; i < rows.length; i++) {
            XSSFRow row = meta.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        workbook.setSheetOrder(LISTS, workbook.getNumberOfSheets() - 1);
        workbook.setSheetVisibility(workbook.getSheetIndex(META), SheetVisibility.VERY_HIDDEN);
        workbook.setSheetVisibility(workbook.getSheetIndex(LISTS), SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void areaSheet(Area area, RoundContents contents) {
        XSSFSheet sheet = workbook.createSheet(area.code().value());
        XSSFRow title = sheet.createRow(0);
        title.createCell(0).setCellValue(area.name().in(language));
        title.getCell(0).setCellStyle(heading);
        XSSFRow headings = sheet.createRow(HEADING_ROW);
        for (int c = 0; c < HEADINGS.size(); c++) {
            headings.createCell(c).setCellValue(words.apply("heading." + c));
            headings.getCell(c).setCellStyle(heading);
        }
        int[] widths = {26, 60, 45, 30, 35, 45, 11, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(2, HEADING_ROW + 1);
        sheet.setColumnHidden(VERSION, true);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int r = HEADING_ROW + 1;
        for (Question question : definition.questionsOf(area.code())) {
            Optional<StoredAnswer> stored = contents.answer(question.code());
            XSSFRow row = sheet.createRow(r);
            row.createCell(CODE).setCellValue(question.code().value());
            row.createCell(QUESTION).setCellValue(question.text().in(language) + (question.mandatory() ? " *" : ""));
            row.createCell(HOW).setCellValue(how(question));
            for (int c = QUESTION; c <= NOTE; c++) {
                if (row.getCell(c) == null) {
                    row.createCell(c);
                }
                row.getCell(c).setCellStyle(wrap);
            }
            Optional<Answer> answer = stored.flatMap(s -> s.state().answer());
            answer.ifPresent(a -> writeAnswer(row, question, a));
            stored.map(s -> s.state().evidenceNote())
                    .filter(n -> !n.isEmpty())
                    .ifPresent(n -> row.getCell(NOTE).setCellValue(n));
            row.createCell(CONFIRMED)
                    .setCellValue(stored.map(StoredAnswer::carriedOver).orElse(false) ? "no" : "yes");
            row.createCell(VERSION)
                    .setCellValue(stored.map(StoredAnswer::version).orElse(0));
            validate(sheet, helper, r, CONFIRMED, helper.createExplicitListConstraint(new String[] {"yes", "no"}));
            answerValidation(sheet, helper, question, r);
            r++;
        }
    }

    private void writeAnswer(XSSFRow row, Question question, Answer answer) {
        if (answer instanceof Answer.NotApplicable na) {
            row.getCell(NOT_APPLICABLE).setCellValue(na.justification());
        } else if (answer instanceof Answer.Numeric numeric) {
            row.getCell(ANSWER).setCellValue(numeric.value().doubleValue());
        } else if (answer instanceof Answer.Choices) {
            String codes = AnswerCodec.value(question, answer).orElse("");
            row.getCell(ANSWER).setCellValue(codes.isEmpty() ? AnswerCodec.NONE_OF_THESE : codes.replace(",", ", "));
        } else {
            row.getCell(ANSWER).setCellValue(AnswerCodec.value(question, answer).orElse(""));
        }
    }

    private void answerValidation(XSSFSheet sheet, DataValidationHelper helper, Question question, int r) {
        AnswerType type = question.type();
        if (type == AnswerType.YES_NO || type == AnswerType.SINGLE_CHOICE) {
            List<String> codes = question.options().stream().map(Option::code).toList();
            validate(sheet, helper, r, ANSWER, list(helper, codes));
        } else if (type.isNumeric()) {
            // the question's own min / max where the definition gives them, else 0 and (for a percentage) 100
            String low = question.range().min().map(BigDecimal::toPlainString).orElse("0");
            Optional<String> high = question.range()
                    .max()
                    .map(BigDecimal::toPlainString)
                    .or(() -> type == AnswerType.PERCENTAGE ? Optional.of("100") : Optional.empty());
            DataValidationConstraint constraint = high.isPresent()
                    ? helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, low, high.get())
                    : helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, low, null);
            validate(sheet, helper, r, ANSWER, constraint);
        }
    }

    /** An explicit list when short (Excel allows 255 characters), else a row of the hidden lists sheet. */
    private DataValidationConstraint list(DataValidationHelper helper, List<String> codes) {
        if (String.join(",", codes).length() < 250) {
            return helper.createExplicitListConstraint(codes.toArray(String[]::new));
        }
        XSSFRow row = lists.createRow(listRows++);
        for (int i = 0; i < codes.size(); i++) {
            row.createCell(i).setCellValue(codes.get(i));
        }
        String end = CellReference.convertNumToColString(
                Math.min(codes.size(), SpreadsheetVersion.EXCEL2007.getMaxColumns()) - 1);
        return helper.createFormulaListConstraint("'" + LISTS + "'!$A$" + listRows + ":$" + end + "$" + listRows);
    }

    private static void validate(
            XSSFSheet sheet, DataValidationHelper helper, int row, int column, DataValidationConstraint constraint) {
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(row, row, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private String optionLabel(Option option) {
        return OptionLabels.label(option, language, code -> words.apply("option." + code));
    }

    /** How to fill the answer cell, in the reader's language where the definition has it. */
    private String how(Question question) {
        List<String> lines = new ArrayList<>();
        switch (question.type()) {
            case YES_NO:
            case SINGLE_CHOICE:
                lines.add(words.apply("how.one-of"));
                question.options().forEach(o -> lines.add(o.code() + " = " + optionLabel(o)));
                break;
            case MULTIPLE_CHOICE:
                lines.add(words.apply("how.several"));
                question.options().forEach(o -> lines.add(o.code() + " = " + optionLabel(o)));
                break;
            case NUMBER:
                lines.add(words.apply("how.number") + unit(question));
                break;
            case PERCENTAGE:
                lines.add(words.apply("how.percentage"));
                break;
            default:
                lines.add(words.apply("how.text"));
        }
        lines.add(
                question.notApplicable().allowsNotApplicable()
                        ? words.apply("how.na-allowed")
                        : words.apply("how.na-not-allowed"));
        if (!question.help().isEmpty()) {
            lines.add(question.help().in(language));
        }
        return String.join("\n", lines);
    }

    private String unit(Question question) {
        return question.unit() == null || question.unit().isEmpty()
                ? ""
                : " (" + question.unit().in(language) + ")";
    }
}
