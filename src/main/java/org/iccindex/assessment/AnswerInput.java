package org.iccindex.assessment;

import java.util.List;

/**
 * An answer as a form or a workbook row gives it: the raw values (one for most types, the ticked options of a
 * multiple choice; {@link AnswerCodec#NONE_OF_THESE} ticks "none of these"), "not applicable" with its
 * justification, and the evidence note.
 */
public record AnswerInput(List<String> values, boolean notApplicable, String justification, String evidenceNote) {
    public AnswerInput {
        values = values == null ? List.of() : List.copyOf(values);
        justification = justification == null ? "" : justification;
        evidenceNote = evidenceNote == null ? "" : evidenceNote;
    }
}
