package org.iccindex.report.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iccindex.report.persistence.Publications;
import org.iccindex.result.StoredResult;

/**
 * The analysts' list of reports: one row per city and round with its edition, whether a report of it is published,
 * and the date of the result; searched by city name and sorted on any column, all in the query so a link keeps it.
 */
record ReportIndex(String query, String sort, boolean descending, List<Row> rows, int total, List<Column> columns) {

    /** One city's round. {@code published} is the date of the newest report published for it, if any. */
    record Row(
            String city,
            String slug,
            boolean synthetic,
            String edition,
            int round,
            Optional<String> published,
            String resultDate) {}

    /** A sortable heading: its key, its link and its {@code aria-sort} value. */
    record Column(String key, String href, String ariaSort) {}

    static final List<String> SORTS = List.of("city", "edition", "round", "status", "date");

    static ReportIndex of(
            List<StoredResult> results, Publications publications, String query, String sort, String dir) {
        String q = query == null ? "" : query.strip();
        String key = sort != null && SORTS.contains(sort) ? sort : "city";
        boolean descending = "desc".equals(dir);
        Map<Long, List<Publications.Publication>> byCity = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (StoredResult r : results) {
            if (!q.isEmpty() && !r.city().name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<String> published = byCity.computeIfAbsent(r.city().id(), publications::ofCity).stream()
                    .filter(p -> p.round() == r.round() && p.edition().equals(r.edition()))
                    .map(p -> p.publishedOn().toString())
                    .findFirst();
            rows.add(new Row(
                    r.city().name(),
                    r.city().slug().value(),
                    r.city().synthetic(),
                    r.edition().value(),
                    r.round(),
                    published,
                    r.publishedOn().toString()));
        }
        Comparator<Row> order = switch (key) {
            case "edition" -> Comparator.comparing(Row::edition);
            case "round" -> Comparator.comparingInt(Row::round);
            case "status" -> Comparator.comparing(row -> row.published().orElse(""));
            case "date" -> Comparator.comparing(Row::resultDate);
            default -> Comparator.comparing(Row::city, String.CASE_INSENSITIVE_ORDER);
        };
        order = order.thenComparing(Row::city, String.CASE_INSENSITIVE_ORDER).thenComparingInt(Row::round);
        rows.sort(descending ? order.reversed() : order);
        List<Column> columns = new ArrayList<>();
        for (String column : SORTS) {
            boolean current = column.equals(key);
            boolean nextDescending = current && !descending;
            columns.add(new Column(
                    column,
                    "/reports?q=" + org.springframework.web.util.UriUtils.encodeQueryParam(q, "UTF-8") + "&sort="
                            + column + (nextDescending ? "&dir=desc" : ""),
                    current ? (descending ? "descending" : "ascending") : "none"));
        }
        return new ReportIndex(q, key, descending, List.copyOf(rows), results.size(), List.copyOf(columns));
    }
}
