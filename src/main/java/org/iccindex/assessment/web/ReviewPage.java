package org.iccindex.assessment.web;

import java.util.List;

/** The review of a round: its queries, open ones first, each with the answer it is about and its thread. */
record ReviewPage(RoundHeader round, List<Item> open, List<Item> resolved) {

    record Item(
            String code, String question, String area, String anchor, String answer, QuestionView.QueryView query) {}
}
