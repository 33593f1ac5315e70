package org.iccindex.site.data;

import org.iccindex.benchmark.ComparisonGroup;

/** Stable identifiers of comparison groups, for URLs, the API and files. */
public final class Groups {
    public static final String WHOLE_SAMPLE = "whole-sample";
    public static final String FILTERED = "filtered";

    private Groups() {}

    /** {@code whole-sample}, a band's code, {@code answered-<area>}, or {@code filtered}. */
    public static String id(ComparisonGroup group) {
        if (group instanceof ComparisonGroup.WholeSample) {
            return WHOLE_SAMPLE;
        }
        if (group instanceof ComparisonGroup.InBand inBand) {
            return inBand.band().code();
        }
        if (group instanceof ComparisonGroup.AnsweredArea answered) {
            return "answered-" + answered.area().value();
        }
        return FILTERED;
    }

    /** {@code whole-sample}, {@code band}, {@code answered-area} or {@code filtered}. */
    public static String kind(ComparisonGroup group) {
        if (group instanceof ComparisonGroup.WholeSample) {
            return WHOLE_SAMPLE;
        }
        if (group instanceof ComparisonGroup.InBand) {
            return "band";
        }
        if (group instanceof ComparisonGroup.AnsweredArea) {
            return "answered-area";
        }
        return FILTERED;
    }
}
