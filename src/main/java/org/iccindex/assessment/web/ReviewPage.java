package org.iccindex.assessment.web;

import java.util.List;

/**
 * The review of a round: its queries, open ones first, each with the answer it is about and its thread; then the
 * answers that earn points without evidence (a file, a link or a note of at least {@code minNoteLength} characters).
 */
record ReviewPage(
        RoundHeader round, List<Item> open, List<Item> resolved, List<Lacking> withoutEvidence, int minNoteLength) {

    /** An answer earning points without evidence, with its area and its link. */
    record Lacking(String question, String area, String areaName, String anchor) {}

    record Item(
            String code, String question, String area, String anchor, String answer, QuestionView.QueryView query) {}
}
