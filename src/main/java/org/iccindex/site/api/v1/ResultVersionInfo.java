package org.iccindex.site.api.v1;

import java.time.LocalDate;

/**
 * One version of a published result: {@code recordedOn} is the publication date of the first version and the day of
 * the correction for later ones; only the {@code current} version counts in samples and ranks.
 */
public record ResultVersionInfo(int version, LocalDate recordedOn, boolean correction, boolean current) {}
