package org.iccindex.result.table;

import java.util.List;

/**
 * A table read from a file: the header cells (row 1) and the data rows, each cell as text (empty when blank).
 * {@code rowNumbers} gives each data row's number in the file, counting the header as row 1.
 */
public record Table(List<String> header, List<List<String>> rows, List<Integer> rowNumbers, boolean spreadsheet) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        rowNumbers = List.copyOf(rowNumbers);
    }

    /** How a column is named in messages: its letter in a spreadsheet, its position in a CSV file. */
    public String columnLabel(int index) {
        return spreadsheet ? letters(index) : String.valueOf(index + 1);
    }

    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }
}
