package org.iccindex.report.web;

import java.util.List;

/** The public list of a city's published reports. */
record PublishedPage(String city, String slug, List<Entry> reports) {
    record Entry(
            String title,
            int round,
            String language,
            String benchmark,
            String publishedOn,
            String pdf,
            String html,
            int pdfKilobytes) {}
}
