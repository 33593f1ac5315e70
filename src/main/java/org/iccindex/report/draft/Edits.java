package org.iccindex.report.draft;

import org.iccindex.report.Paragraph;

/** The analysts' edits: given a paragraph as drafted, the paragraph as the report shows it. */
@FunctionalInterface
public interface Edits {
    Edits NONE = drafted -> drafted;

    Paragraph apply(Paragraph drafted);
}
