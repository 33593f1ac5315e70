package org.iccindex.assessment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code icc.assessment.max-evidence-size}: the largest evidence file accepted (default 10MB);
 * {@code icc.assessment.max-workbook-size}: the largest workbook or answers file accepted (default 5MB).
 */
@ConfigurationProperties("icc.assessment")
public record AssessmentProperties(
        @DefaultValue("10MB") DataSize maxEvidenceSize,
        @DefaultValue("5MB") DataSize maxWorkbookSize) {}
