package org.iccindex.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iccindex.assessment.AnswerCodec;
import org.iccindex.assessment.AnswerState;
import org.iccindex.assessment.AuditEntry;
import org.iccindex.definition.Question;
import org.iccindex.web.Words;

/** The audit entries of one answer as lines of its history, newest first, answers in words. */
final class HistoryLines {
    private HistoryLines() {}

    static List<QuestionView.HistoryLine> of(Question question, List<AuditEntry> entries, Words words) {
        List<QuestionView.HistoryLine> lines = new ArrayList<>();
        for (AuditEntry e : entries) {
            Optional<String> before = e.before();
            Optional<String> after = e.after();
            if (e.subject() == AuditEntry.Subject.ANSWER) {
                before = before.map(b -> describe(question, b, words));
                after = after.map(a -> describe(question, a, words));
            }
            if (e.action() == AuditEntry.Action.ANSWER_CONFIRMED) {
                before = Optional.empty();
            }
            lines.add(new QuestionView.HistoryLine(
                    words.when(e.at()),
                    e.actor().name(),
                    words.t("history." + e.action().name())
                            + e.batch().map(b -> " " + words.t("history.batch")).orElse(""),
                    before,
                    after));
        }
        java.util.Collections.reverse(lines);
        return lines;
    }

    private static String describe(Question question, String audit, Words words) {
        AnswerState state = AnswerCodec.fromAudit(question, audit);
        String text = AnswerCodec.describe(question, state.answer(), words.language());
        return state.evidenceNote().isEmpty()
                ? text
                : text + " · " + words.t("history.note") + " " + state.evidenceNote();
    }
}
