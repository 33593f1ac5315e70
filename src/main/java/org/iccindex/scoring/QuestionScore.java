package org.iccindex.scoring;

import org.iccindex.definition.QuestionCode;

/**
 * Points earned on one question out of its maximum. {@code excluded}: answered "not applicable" where the
 * definition takes the question out of the area's maximum.
 */
public record QuestionScore(QuestionCode question, int earned, int max, boolean answered, boolean excluded) {
    public QuestionScore {
        if (earned < 0 || earned > max) {
            throw new IllegalArgumentException("earned points must lie in 0.." + max + ": " + earned);
        }
    }
}
