package org.iccindex.assessment.web;

import java.util.List;
import java.util.Optional;

/** One question of the questionnaire page with its answer, evidence, history and review thread. */
record QuestionView(
        String code,
        String anchor,
        String text,
        String help,
        String evidencePrompt,
        boolean mandatory,
        String type,
        String unit,
        List<OptionView> options,
        String value,
        boolean notApplicableAllowed,
        boolean notApplicable,
        String justification,
        String evidenceNote,
        int version,
        boolean carriedOver,
        boolean given,
        String answerText,
        Optional<String> lastChange,
        List<EvidenceView> evidence,
        List<EvidenceView> removedEvidence,
        List<HistoryLine> history,
        List<QueryView> queries,
        Optional<String> problem,
        Optional<ConflictView> conflict) {

    /** An option of a choice question; {@code checked} when chosen. */
    record OptionView(String code, String label, boolean checked, String id) {}

    /** A link or file, with who added (and removed) it. */
    record EvidenceView(
            long id, boolean file, String label, String url, String size, String added, Optional<String> removed) {}

    /** One line of the answer's history. */
    record HistoryLine(String at, String actor, String action, Optional<String> before, Optional<String> after) {}

    /** A review query on this answer and its thread. */
    record QueryView(long id, boolean open, String raised, List<MessageView> messages, Optional<String> resolved) {}

    record MessageView(String author, String role, String at, String body) {}

    /**
     * A refused save: the stored version (theirs) and the one sent (yours), both kept; {@code mine} holds what is
     * needed to send yours again on top of theirs.
     */
    record ConflictView(
            String theirs,
            String theirsNote,
            String theirsBy,
            String theirsAt,
            String yours,
            String yoursNote,
            int theirVersion,
            List<String> mineValues,
            boolean mineNotApplicable,
            String mineJustification,
            String mineNote) {}

    public boolean isChoiceType() {
        return type.equals("yes_no") || type.equals("single_choice");
    }

    public boolean isMultipleType() {
        return type.equals("multiple_choice");
    }

    public boolean isNumericType() {
        return type.equals("number") || type.equals("percentage");
    }

    public boolean isTextType() {
        return type.equals("text");
    }

    public boolean hasOpenQuery() {
        return queries.stream().anyMatch(QueryView::open);
    }
}
