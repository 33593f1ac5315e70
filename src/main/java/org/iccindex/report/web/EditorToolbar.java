package org.iccindex.report.web;

import java.util.List;

/**
 * What the editor shows above a draft report: where it is, the language and benchmark choices, the download and
 * publish actions, the versions already published, and a message after an action.
 */
record EditorToolbar(
        String slug,
        int round,
        String language,
        String benchmark,
        List<Choice> languages,
        List<Choice> benchmarks,
        String draftPdf,
        String draftHtml,
        String publishAction,
        String csrfParameter,
        String csrfToken,
        String publicList,
        List<PublishedVersion> published,
        int edited,
        int stale,
        String message) {

    record Choice(String value, String label, boolean selected) {}

    record PublishedVersion(String label, String pdf, String html, boolean current) {}
}
