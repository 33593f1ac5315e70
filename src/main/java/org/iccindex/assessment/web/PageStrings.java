package org.iccindex.assessment.web;

import java.util.Locale;

/** Small strings of the questionnaire pages: file sizes and anchors of questions. */
final class PageStrings {
    private PageStrings() {}

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** An id usable in HTML and URLs fragments: {@code commitment.strategy} becomes {@code q-commitment-strategy}. */
    static String anchor(String questionCode) {
        return "q-" + questionCode.replaceAll("[^a-z0-9]+", "-");
    }
}
