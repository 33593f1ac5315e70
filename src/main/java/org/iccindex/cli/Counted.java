package org.iccindex.cli;

/** A count with its noun in the right number, for the one-line summaries: "1 problem", "2 problems", "0 warnings". */
final class Counted {
    private Counted() {}

    static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
