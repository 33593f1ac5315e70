package org.iccindex.site.web;

import java.util.List;

/** The view model of the home page: the latest published result of every city the filters keep, sorted. */
record LeagueTable(
        String snapshot,
        int sampleSize,
        String editionTitle,
        Filters filters,
        List<String> problems,
        String caption,
        String rankedOn,
        List<Column> columns,
        List<Row> rows,
        List<Cell> means,
        int syntheticCount,
        String csvHref,
        String apiHref) {

    /** The filter form: every choice, the selected ones marked, and the sort to keep when filtering. */
    record Filters(
            List<Choice> editions,
            List<Choice> rounds,
            List<Choice> populationBands,
            List<Choice> foreignBornBands,
            List<Choice> countries,
            List<Choice> origins,
            String snapshot,
            String sort,
            String dir,
            String description,
            boolean active) {}

    /** A filter option. */
    record Choice(String value, String label, boolean selected) {}

    /**
     * A sortable column header: its link (sorting on it, or reversing the order when it is already sorted on), its
     * {@code aria-sort} value ({@code none}, {@code ascending}, {@code descending}) and arrow.
     */
    record Column(String key, String label, String href, String ariaSort, String arrow, String hint, boolean metric) {}

    /** One city: its rank, identity, round and figures in column order. */
    record Row(
            String rank,
            String slug,
            String href,
            String name,
            String country,
            boolean synthetic,
            String origin,
            String edition,
            int round,
            List<Cell> cells) {}
}
