package org.iccindex.site.web;

import java.util.List;

/** The view model of the home page: the latest published result of every city, ranked on the aggregate. */
record LeagueTable(
        String snapshot,
        int sampleSize,
        String edition,
        List<Column> columns,
        List<Row> rows,
        List<Choice> populationBands,
        List<Choice> foreignBornBands,
        String populationBand,
        String foreignBornBand,
        String filterDescription,
        int syntheticCount) {

    /** A column header: the metric's code and name. */
    record Column(String code, String name) {}

    /** One city: its rank on the aggregate (empty when it has no aggregate) and its figures in column order. */
    record Row(
            String rank,
            String slug,
            String name,
            String country,
            boolean synthetic,
            String edition,
            int round,
            List<Cell> cells) {}

    /** A filter option. */
    record Choice(String code, String label, boolean selected) {}
}
