package org.iccindex.definition;

/** The two axes along which cities are placed in comparison groups. */
public enum BandAxis {
    /** Number of inhabitants. */
    POPULATION,
    /** Share of foreign-born (or, failing that, non-national) residents, in %. */
    FOREIGN_BORN
}
