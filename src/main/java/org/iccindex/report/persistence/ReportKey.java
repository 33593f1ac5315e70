package org.iccindex.report.persistence;

import java.util.Objects;
import org.iccindex.definition.EditionId;
import org.iccindex.result.StoredResult;

/** The result a report belongs to: a city's round of one edition, the key of its edits and publications. */
public record ReportKey(long cityId, EditionId edition, int round) {
    public ReportKey {
        Objects.requireNonNull(edition, "edition");
    }

    public static ReportKey of(StoredResult result) {
        return new ReportKey(result.city().id(), result.edition(), result.round());
    }
}
