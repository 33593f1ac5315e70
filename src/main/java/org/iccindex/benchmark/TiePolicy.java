package org.iccindex.benchmark;

/** When two cities share a rank. */
public enum TiePolicy {
    /** When the whole numbers shown for them are equal, as published reports rank (default). */
    WHOLE_NUMBERS,
    /** Only when their exact values are equal. */
    EXACT
}
