package org.iccindex.assessment.web;

import java.util.List;
import java.util.Optional;

/** The page of a round: progress by area, what blocks submission, the provisional scores, the steps and the files. */
record RoundOverview(
        RoundHeader round,
        Progress overall,
        List<AreaRow> areas,
        List<Item> missing,
        List<Item> unconfirmed,
        Optional<String> lens,
        Optional<String> aggregate,
        String evidence,
        int evidenceNoteMinLength,
        List<TransitionLine> transitions,
        int openQueries,
        List<Item> queried,
        Actions actions,
        Optional<String> citySlug) {

    /**
     * One area: its progress, provisional score ("" when the area is not scored) and the share of its earned points
     * whose answers carry evidence ("80 %"; "–" when nothing is earned, "" when the area is not scored).
     */
    record AreaRow(String code, String name, Progress progress, String score, String evidence) {}

    /** A question to attend to, with its area and its link. */
    record Item(String code, String text, String area, String areaName, String anchor) {}

    /** Whether a step is blocked by what the round holds: submission by missing or unconfirmed answers, validation by open queries. */
    public boolean blocks(String step) {
        return switch (step) {
            case "submit" -> !missing.isEmpty() || !unconfirmed.isEmpty();
            case "validate" -> openQueries > 0;
            default -> false;
        };
    }

    record TransitionLine(String at, String actor, String to, Optional<String> reason) {}

    /** What the person may do now. */
    record Actions(
            boolean submit,
            boolean returnForChanges,
            boolean validate,
            boolean publish,
            boolean upload,
            boolean review) {}
}
