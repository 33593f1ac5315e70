package org.iccindex.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iccindex.assessment.AnswerCodec;
import org.iccindex.assessment.AnswerInput;
import org.iccindex.assessment.AnswerState;
import org.iccindex.assessment.AuditEntry;
import org.iccindex.assessment.Evidence;
import org.iccindex.assessment.OptionLabels;
import org.iccindex.assessment.ReviewQuery;
import org.iccindex.assessment.SaveOutcome;
import org.iccindex.assessment.StoredAnswer;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Option;
import org.iccindex.definition.Question;
import org.iccindex.scoring.Answer;
import org.iccindex.web.Words;

/** Builds the view of one question from its stored answer, evidence, history and queries. */
final class QuestionViews {
    private final Words words;

    QuestionViews(Words words) {
        this.words = words;
    }

    /** What the form of the question shows and the state it would save. */
    record Shown(AnswerInput input, Optional<String> problem, Optional<SaveOutcome.Conflict> conflict) {}

    QuestionView view(
            Question question,
            StoredAnswer stored,
            Optional<Shown> shown,
            List<Evidence> evidence,
            List<AuditEntry> history,
            List<ReviewQuery> queries) {
        String lang = words.language();
        AnswerInput input = shown.map(Shown::input).orElseGet(() -> inputOf(question, stored.state()));
        String anchor = PageStrings.anchor(question.code().value());
        List<QuestionView.OptionView> options = new ArrayList<>();
        for (Option option : question.options()) {
            options.add(new QuestionView.OptionView(
                    option.code(),
                    label(option, lang),
                    !input.notApplicable() && input.values().contains(option.code()),
                    anchor + "-" + option.code().replaceAll("[^a-z0-9]+", "-")));
        }
        if (question.type() == AnswerType.MULTIPLE_CHOICE) {
            options.add(new QuestionView.OptionView(
                    AnswerCodec.NONE_OF_THESE,
                    words.t("question.noneOfThese"),
                    !input.notApplicable() && input.values().contains(AnswerCodec.NONE_OF_THESE),
                    anchor + "-none"));
        }
        List<QuestionView.EvidenceView> current = new ArrayList<>();
        List<QuestionView.EvidenceView> removed = new ArrayList<>();
        for (Evidence e : evidence) {
            (e.isRemoved() ? removed : current).add(evidenceView(e));
        }
        return new QuestionView(
                question.code().value(),
                anchor,
                question.text().in(lang),
                question.help().in(lang),
                question.evidence().in(lang),
                question.mandatory(),
                question.type().name().toLowerCase(java.util.Locale.ROOT),
                question.unit() == null ? "" : question.unit().in(lang),
                options,
                input.values().isEmpty() ? "" : input.values().get(0),
                question.notApplicable().allowsNotApplicable(),
                input.notApplicable(),
                input.justification(),
                input.evidenceNote(),
                stored.version(),
                stored.carriedOver(),
                stored.isGiven(),
                AnswerCodec.describe(question, stored.state().answer(), lang),
                lastChange(stored),
                current,
                removed,
                HistoryLines.of(question, history, words),
                queries.stream().map(this::queryView).toList(),
                shown.flatMap(Shown::problem),
                shown.flatMap(Shown::conflict).map(c -> conflictView(question, c)));
    }

    /** An option's label; yes/no options may have none in the definition. */
    private String label(Option option, String lang) {
        return OptionLabels.label(option, lang, code -> words.t("question." + code));
    }

    Optional<String> lastChange(StoredAnswer stored) {
        if (stored.updatedAt().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(words.t(
                "question.lastChange",
                stored.updatedBy().map(a -> a.name()).orElse(""),
                words.when(stored.updatedAt().get())));
    }

    /** The form values that show a stored state. */
    static AnswerInput inputOf(Question question, AnswerState state) {
        Optional<Answer> answer = state.answer();
        if (answer.isPresent() && answer.get() instanceof Answer.NotApplicable na) {
            return new AnswerInput(List.of(), true, na.justification(), state.evidenceNote());
        }
        List<String> values = new ArrayList<>();
        answer.flatMap(a -> AnswerCodec.value(question, a)).ifPresent(v -> {
            if (question.type() == AnswerType.MULTIPLE_CHOICE) {
                for (String code : v.split(",")) {
                    if (!code.isEmpty()) {
                        values.add(code);
                    }
                }
                if (values.isEmpty()) {
                    values.add(AnswerCodec.NONE_OF_THESE);
                }
            } else {
                values.add(v);
            }
        });
        return new AnswerInput(values, false, "", state.evidenceNote());
    }

    private QuestionView.ConflictView conflictView(Question question, SaveOutcome.Conflict conflict) {
        String lang = words.language();
        StoredAnswer theirs = conflict.theirs();
        AnswerInput mine = inputOf(question, conflict.yours());
        return new QuestionView.ConflictView(
                AnswerCodec.describe(question, theirs.state().answer(), lang),
                theirs.state().evidenceNote(),
                theirs.updatedBy().map(a -> a.name()).orElse(words.t("question.someone")),
                theirs.updatedAt().map(words::when).orElse(""),
                AnswerCodec.describe(question, conflict.yours().answer(), lang),
                conflict.yours().evidenceNote(),
                theirs.version(),
                mine.values(),
                mine.notApplicable(),
                mine.justification(),
                mine.evidenceNote());
    }

    private QuestionView.EvidenceView evidenceView(Evidence e) {
        boolean file = e.kind() == Evidence.Kind.FILE;
        String added = words.t("evidence.added", e.addedBy().name(), words.when(e.addedAt()));
        Optional<String> removed = e.removedAt()
                .map(at -> words.t(
                        "evidence.removedBy", e.removedBy().map(a -> a.name()).orElse(""), words.when(at)));
        return new QuestionView.EvidenceView(
                e.id(),
                file,
                file ? e.fileName().orElse("") : e.label().orElse(""),
                e.url().orElse(""),
                file ? PageStrings.size(e.sizeBytes()) : "",
                added,
                removed);
    }

    private QuestionView.QueryView queryView(ReviewQuery q) {
        List<QuestionView.MessageView> messages = q.messages().stream()
                .map(m -> new QuestionView.MessageView(
                        m.author().name(), words.t("role." + m.role().name()), words.when(m.at()), m.body()))
                .toList();
        return new QuestionView.QueryView(
                q.id(),
                q.isOpen(),
                words.t("query.raised", q.raisedBy().name(), words.when(q.raisedAt())),
                messages,
                q.resolvedAt()
                        .map(at -> words.t(
                                "query.resolvedBy",
                                q.resolvedBy().map(a -> a.name()).orElse(""),
                                words.when(at))));
    }
}
