package org.iccindex.report;

import java.util.List;
import java.util.Objects;

/**
 * A section of the report body: an area, the intercultural lens (whose areas follow at the next level), or the new
 * indicators' introduction. {@code paragraphs}: what the section means and how the city scores; then its charts,
 * what the city does, and suggestions.
 */
public record Section(
        Kind kind,
        String anchor,
        int level,
        String title,
        List<Paragraph> paragraphs,
        List<Chart> charts,
        List<Paragraph> activities,
        List<Paragraph> suggestions) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        charts = List.copyOf(charts);
        activities = List.copyOf(activities);
        suggestions = List.copyOf(suggestions);
    }

    public enum Kind {
        /** A scored area. */
        AREA,
        /** The intercultural lens, as a rate of achievement over its areas. */
        LENS,
        /** The indicators introduced with the edition, compared with the cities that answered them. */
        NEW_INDICATORS
    }

    public boolean isArea() {
        return kind == Kind.AREA;
    }
}
