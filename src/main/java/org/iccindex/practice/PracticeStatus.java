package org.iccindex.practice;

/** Where a practice stands in the catalogue. Only {@link #ACTIVE} practices are ever public or suggested. */
public enum PracticeStatus {
    /** Proposed by a city; waits for an analyst to accept or decline it. Seen by analysts and its proposer only. */
    PROPOSED,
    /** Accepted, or created by an analyst: public, searchable and suggested to cities. */
    ACTIVE,
    /** A proposal an analyst declined, with the reason given to the proposer. Never public. */
    DECLINED,
    /** Taken out of the catalogue by an analyst; kept with its history. Never public. */
    RETIRED;

    public boolean isPublic() {
        return this == ACTIVE;
    }

    /** Whether its texts may still change (a decided or retired practice is frozen). */
    public boolean isEditable() {
        return this == PROPOSED || this == ACTIVE;
    }
}
