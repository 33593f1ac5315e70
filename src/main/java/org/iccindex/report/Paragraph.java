package org.iccindex.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a report: a stable {@code key} (e.g. {@code area.education.score}), the text shown, the text the
 * generator drafts from the current data, and the fingerprint of the data under the draft. {@code edited}: an
 * analyst's text replaces the draft; {@code stale}: the data changed since that edit.
 */
public record Paragraph(String key, String text, String draft, String fingerprint, boolean edited, boolean stale) {
    public Paragraph {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A paragraph as drafted, not edited. */
    public static Paragraph drafted(String key, String draft, String fingerprint) {
        return new Paragraph(key, draft, draft, fingerprint, false, false);
    }

    /** This paragraph with an analyst's text that was written over data with {@code editedOver} as fingerprint. */
    public Paragraph editedTo(String edited, String editedOver) {
        return new Paragraph(key, edited, draft, fingerprint, true, !editedOver.equals(fingerprint));
    }

    /** The text cut at blank lines: an analyst may write several paragraphs in one. */
    public List<String> blocks() {
        return Arrays.stream(text.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** An HTML id for the paragraph, e.g. {@code p-area-education-score}. */
    public String anchor() {
        return "p-" + key.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
