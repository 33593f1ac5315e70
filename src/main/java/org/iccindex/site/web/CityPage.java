package org.iccindex.site.web;

import java.util.List;

/** The view model of a city's page: one round of its results against the sample and its comparison groups. */
record CityPage(
        String name,
        String slug,
        String country,
        boolean synthetic,
        String edition,
        int round,
        String publishedOn,
        String origin,
        String method,
        String source,
        String snapshot,
        int sampleSize,
        List<Group> groups,
        List<Row> rows,
        List<String> rankStatements,
        List<String> figureNotes,
        List<Round> rounds,
        boolean newAreasNote) {

    /** A comparison group shown as a column: its label and size. */
    record Group(String label, int members) {}

    /** One metric: the city's figure and, per group, the group's mean and the city's rank. */
    record Row(String code, String name, Cell city, List<Cell> means, List<String> ranks) {}

    /** Another round of the city, for navigation. */
    record Round(int round, String edition, String publishedOn, boolean current) {}
}
