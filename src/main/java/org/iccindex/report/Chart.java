package org.iccindex.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart as both renderings show it: its title, the SVG markup (integer width and height, presentation attributes
 * only, so that it passes the Content-Security-Policy and the PDF renderer alike), a text alternative that gives
 * every number, and the same numbers as a table (header row, then data rows).
 */
public record Chart(String id, String title, String svg, String alt, List<String> header, List<List<String>> rows) {
    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(alt, "alt");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
