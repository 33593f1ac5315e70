package org.iccindex.assessment;

import java.util.Objects;

/**
 * One problem of an uploaded file, located: for a workbook the sheet, row (1-based) and column (letter and
 * heading); for an answers file its line. {@code row} 0 means the problem concerns the whole file or sheet.
 */
public record UploadProblem(String sheet, int row, String column, String message) {
    public UploadProblem {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    public static UploadProblem ofFile(String message) {
        return new UploadProblem("", 0, "", message);
    }

    /** Where, in words: {@code sheet 'education', row 5, column D (Answer)}. */
    public String location() {
        StringBuilder where = new StringBuilder();
        if (!sheet.isEmpty()) {
            where.append("sheet '").append(sheet).append("'");
        }
        if (row > 0) {
            where.append(where.length() > 0 ? ", " : "").append("row ").append(row);
        }
        if (!column.isEmpty()) {
            where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
        }
        return where.toString();
    }

    @Override
    public String toString() {
        String where = location();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
