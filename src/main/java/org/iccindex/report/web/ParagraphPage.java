package org.iccindex.report.web;

/** The edit form of one paragraph: its text now, the generator's draft, and whether the data moved since. */
record ParagraphPage(
        String reportTitle,
        String key,
        String text,
        String draft,
        boolean edited,
        boolean stale,
        int version,
        String action,
        String back,
        String language,
        String benchmark,
        String error) {}
