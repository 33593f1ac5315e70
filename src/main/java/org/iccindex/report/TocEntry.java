package org.iccindex.report;

/** A line of the table of contents: the anchor it links to, its title and its level (1 or 2). */
public record TocEntry(String anchor, String title, int level) {}
