package org.iccindex.site.api.v1;

import java.time.LocalDate;
import java.util.List;

/**
 * Every published result of one edition published on or before {@code snapshotDate}, as stored. {@code inSample}
 * marks the results that stand for their city in the sample of that date.
 */
public record ResultsDownload(
        String edition, LocalDate snapshotDate, String dataVersion, int count, List<DownloadedResult> results) {}
