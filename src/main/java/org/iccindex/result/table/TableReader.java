package org.iccindex.result.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads CSV (UTF-8, RFC 4180) or XLSX (first sheet) by file name; anything else is refused with a reason. */
public final class TableReader {
    private TableReader() {}

    /** Thrown when the file cannot be read as a table at all; the message says why, for the user. */
    public static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableFileException(String message) {
            super(message);
        }
    }

    public static Table read(String fileName, byte[] content) throws UnreadableFileException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return csv(content);
        }
        if (name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        throw new UnreadableFileException("only .csv and .xlsx files can be imported");
    }

    private static Table csv(byte[] content) throws UnreadableFileException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("the file is not UTF-8 text (save the CSV as UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell.trim()));
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(cells);
                    numbers.add((int) record.getRecordNumber());
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("not a readable CSV file: " + e.getMessage());
        }
        if (header == null) {
            throw new UnreadableFileException("the file is empty: a header row is expected");
        }
        return new Table(header, rows, numbers, false);
    }

    private static Table xlsx(byte[] content) throws UnreadableFileException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null || sheet.getPhysicalNumberOfRows() == 0) {
                throw new UnreadableFileException("the first sheet is empty: a header row is expected");
            }
            List<String> header = cells(headerRow, headerRow.getLastCellNum(), formatter);
            List<List<String>> rows = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = cells(row, Math.max(header.size(), row.getLastCellNum()), formatter);
                if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(cells);
                    numbers.add(r + 1);
                }
            }
            return new Table(header, rows, numbers, true);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(
                    "not a readable XLSX workbook (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<String> cells(Row row, int width, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = cell.getDateCellValue()
                        .toInstant()
                        .atZone(ZoneId.systemDefault())
                        .toLocalDate();
                return date.toString();
            }
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? String.valueOf((long) value)
                    : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).trim();
    }
}
