package org.iccindex.assessment;

import java.util.List;

/**
 * The layout of a round's workbook, shared by the writer and the reader: an instructions sheet, one sheet per area
 * named by its code (headings in row {@link #HEADING_ROW}, one question per row below), and a hidden sheet that
 * identifies the round.
 */
final class WorkbookLayout {
    static final String INSTRUCTIONS = "Instructions";
    static final String META = "_round";
    static final String LISTS = "_lists";
    static final String MARKER = "icc-index round workbook";
    static final int FORMAT = 1;

    /** 0-based index of the headings row (row 2 in the spreadsheet); questions start on the next row. */
    static final int HEADING_ROW = 1;

    static final int CODE = 0;
    static final int QUESTION = 1;
    static final int HOW = 2;
    static final int ANSWER = 3;
    static final int NOT_APPLICABLE = 4;
    static final int NOTE = 5;
    static final int CONFIRMED = 6;
    static final int VERSION = 7;

    static final List<String> HEADINGS = List.of(
            "Question code",
            "Question",
            "How to answer",
            "Answer",
            "Not applicable: justification",
            "Evidence note",
            "Confirmed",
            "Version (do not change)");

    private WorkbookLayout() {}

    /** {@code D (Answer)}: a column's letter and heading, as problems name it. */
    static String column(int index) {
        return (char) ('A' + index) + " (" + HEADINGS.get(index) + ")";
    }
}
