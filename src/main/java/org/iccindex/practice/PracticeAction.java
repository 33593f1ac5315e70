package org.iccindex.practice;

/** What produced a version of a practice. */
public enum PracticeAction {
    /** Created by an analyst, or loaded from a seed file. */
    CREATED,
    /** Proposed by a city. */
    PROPOSED,
    /** Texts, place or areas changed. */
    EDITED,
    /** A proposal accepted by an analyst. */
    ACCEPTED,
    /** A proposal declined by an analyst, with a reason. */
    DECLINED,
    /** Taken out of the catalogue. */
    RETIRED
}
