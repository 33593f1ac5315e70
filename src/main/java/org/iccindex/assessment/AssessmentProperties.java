package org.iccindex.assessment;

import org.iccindex.scoring.EvidenceRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code icc.assessment.max-evidence-size}: the largest evidence file accepted (default 10MB);
 * {@code icc.assessment.max-workbook-size}: the largest workbook or answers file accepted (default 5MB);
 * {@code icc.assessment.evidence-note-min-length}: how long an evidence note must be, in characters, for an answer
 * without file or link to count as carrying evidence (default 40).
 */
@ConfigurationProperties("icc.assessment")
public record AssessmentProperties(
        @DefaultValue("10MB") DataSize maxEvidenceSize,
        @DefaultValue("5MB") DataSize maxWorkbookSize,
        @DefaultValue("40") int evidenceNoteMinLength) {

    /** The rule deciding whether an answer carries evidence. */
    public EvidenceRule evidenceRule() {
        return new org.iccindex.scoring.EvidenceRule(evidenceNoteMinLength);
    }
}
