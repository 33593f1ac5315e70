package org.iccindex.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of every CSV the application writes, made safe to open in a spreadsheet program (OWASP's rule against CSV
 * injection): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, so that it is shown as text and never run as a formula. Plain numbers ({@code -3.5}) are
 * left as they are: they cannot be formulas and must stay numbers.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private CsvCells() {}

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    public static List<String> neutralise(List<String> cells) {
        return cells.stream().map(CsvCells::neutralise).toList();
    }
}
