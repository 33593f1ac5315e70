package org.iccindex.publication;

import java.util.Objects;

/**
 * Published, inside the transaction that makes the change, whenever something the public side shows changes: a
 * result published, imported or corrected, a report published, a practice changed. Listeners that act after the
 * commit (caches, the search index, report staleness) are recorded in the event publication registry, so an event
 * survives a failure or a restart until they have handled it.
 *
 * @param subject what changed
 * @param description for people reading the registry or the log, e.g. "3 results imported from results.csv"
 */
public record PublicDataChanged(Subject subject, String description) {

    public PublicDataChanged {
        Objects.requireNonNull(subject, "subject");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a change needs a description");
        }
    }

    /** What kind of public data changed. */
    public enum Subject {
        /** Results: published, imported, computed from a round, corrected or removed. */
        RESULTS,
        /** A report published (or withdrawn) for a city. */
        REPORTS,
        /** A practice of the catalogue created, changed or published. */
        PRACTICES
    }
}
