package org.iccindex.result;

/** A problem in an imported table, located by row (the header is row 1) and column (letter or position, and name). */
public record TableProblem(String file, int row, String column, String columnName, String message) {
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file).append(": ");
        if (row > 0) {
            where.append("row ").append(row);
        }
        if (column != null && !column.isEmpty()) {
            where.append(row > 0 ? ", " : "").append("column ").append(column);
            if (columnName != null && !columnName.isEmpty()) {
                where.append(" (").append(columnName).append(')');
            }
        }
        return where.append(": ").append(message).toString();
    }
}
