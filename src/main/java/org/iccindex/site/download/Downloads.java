package org.iccindex.site.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.shared.CsvCells;

/** The results table written as CSV (UTF-8, RFC 4180) and XLSX (a Results sheet and an About sheet). */
public final class Downloads {
    private Downloads() {}

    public static byte[] csv(ResultsTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(table.columns().toArray(String[]::new))
                                .get())) {
            for (ResultsTable.Row row : table.rows()) {
                printer.printRecord(CsvCells.neutralise(
                        table.cells(row).stream().map(ResultsTable::text).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(ResultsTable table, List<String[]> about) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("Results");
            Row header = sheet.createRow(0);
            List<String> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(3, 1);
            int r = 1;
            for (ResultsTable.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                List<Object> cells = table.cells(row);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            Sheet info = workbook.createSheet("About");
            for (int i = 0; i < about.size(); i++) {
                Row line = info.createRow(i);
                Cell key = line.createCell(0);
                key.setCellValue(about.get(i)[0]);
                key.setCellStyle(bold);
                line.createCell(1).setCellValue(about.get(i)[1]);
            }
            info.setColumnWidth(0, 24 * 256);
            info.setColumnWidth(1, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
