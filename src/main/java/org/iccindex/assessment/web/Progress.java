package org.iccindex.assessment.web;

import java.util.List;
import java.util.Optional;
import org.iccindex.assessment.RoundContents;
import org.iccindex.assessment.StoredAnswer;
import org.iccindex.definition.Question;

/** How far answering has gone: questions answered, mandatory ones answered, carried-over ones still to confirm. */
record Progress(int answered, int total, int mandatoryAnswered, int mandatory, int unconfirmed) {

    static Progress of(List<Question> questions, RoundContents contents) {
        int answered = 0;
        int mandatory = 0;
        int mandatoryAnswered = 0;
        int unconfirmed = 0;
        for (Question q : questions) {
            Optional<StoredAnswer> a = contents.answer(q.code());
            boolean given = a.map(StoredAnswer::isGiven).orElse(false);
            answered += given ? 1 : 0;
            mandatory += q.mandatory() ? 1 : 0;
            mandatoryAnswered += q.mandatory() && given ? 1 : 0;
            unconfirmed += a.map(StoredAnswer::carriedOver).orElse(false) ? 1 : 0;
        }
        return new Progress(answered, questions.size(), mandatoryAnswered, mandatory, unconfirmed);
    }

    public int percent() {
        return total == 0 ? 100 : Math.round(100f * answered / total);
    }

    public int missingMandatory() {
        return mandatory - mandatoryAnswered;
    }

    public boolean complete() {
        return mandatoryAnswered == mandatory && unconfirmed == 0;
    }
}
