package org.iccindex.shared;

/** A count with its noun in the right number, for one-line summaries and messages: "1 problem", "0 warnings". */
public final class Counted {
    private Counted() {}

    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
