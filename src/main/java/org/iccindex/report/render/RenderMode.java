package org.iccindex.report.render;

/**
 * How the report template renders: {@code pdf} for the PDF renderer (page numbers in the contents, no interactive
 * parts); {@code css} inlined when the HTML must stand alone (a file, a download), else the page links the site's
 * stylesheet (the pages' Content-Security-Policy forbids inline styles); {@code editBase} set when analysts see
 * edit links (e.g. {@code /reports/ansan/2020/paragraphs/}), with the query that follows the key.
 */
public record RenderMode(boolean pdf, String css, String editBase, String editQuery) {
    public boolean inlineCss() {
        return !css.isEmpty();
    }

    public boolean editor() {
        return !editBase.isEmpty();
    }

    public String editLink(String key) {
        return editBase + key + editQuery;
    }
}
