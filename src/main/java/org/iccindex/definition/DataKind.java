package org.iccindex.definition;

/** The three kinds of data the index collects. */
public enum DataKind {
    /** Numbers about the city (population, foreign-born share...): describe it and place it in groups; never scored. */
    FACT,
    /** Policies, structures and programmes the city has: scored. */
    INPUT,
    /** Attitudes, behaviour and outcomes, e.g. survey results: scored. */
    IMPACT;

    public boolean isScored() {
        return this != FACT;
    }
}
