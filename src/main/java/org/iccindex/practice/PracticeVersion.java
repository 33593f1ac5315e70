package org.iccindex.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One version of a practice as it stood after a change: who, when, what they did, and the whole content. */
public record PracticeVersion(
        int version,
        PracticeAction action,
        Optional<String> note,
        PracticeStatus status,
        PracticeContent content,
        Instant changedAt,
        String changedBy) {

    public PracticeVersion {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
    }

    /** How a version loaded from a seed file names its author (stored as such in {@code changedBy}). */
    private static final String SEED = "seed: ";

    /** The author of a version loaded from the seed file {@code file}. */
    static String seededBy(String file) {
        return SEED + file;
    }

    /** The seed file a version was loaded from, when its author {@code changedBy} is a seed rather than a person. */
    public static Optional<String> seedFile(String changedBy) {
        return changedBy != null && changedBy.startsWith(SEED)
                ? Optional.of(changedBy.substring(SEED.length()))
                : Optional.empty();
    }

    /** The fields whose value differs from {@code previous}, by their form names (title, summary, areas...). */
    public List<String> changedSince(PracticeVersion previous) {
        PracticeContent a = previous.content;
        PracticeContent b = content;
        List<String> changed = new ArrayList<>();
        compare(changed, "title", a.title(), b.title());
        compare(changed, "summary", a.summary(), b.summary());
        compare(changed, "purpose", a.purpose(), b.purpose());
        compare(changed, "rationale", a.rationale(), b.rationale());
        compare(changed, "process", a.process(), b.process());
        compare(changed, "results", a.results(), b.results());
        compare(changed, "city", a.city(), b.city());
        compare(changed, "country", a.country(), b.country());
        compare(changed, "origin", a.origin(), b.origin());
        compare(changed, "period", a.period(), b.period());
        compare(changed, "areas", a.areas(), b.areas());
        compare(changed, "links", a.links(), b.links());
        compare(changed, "source", a.source(), b.source());
        compare(changed, "recorded", a.recordedOn(), b.recordedOn());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
