package org.iccindex.site.web;

import java.util.List;

/** The view model of the compare page: up to four cities side by side, and a peer group of the first one. */
record ComparePage(
        String snapshot,
        String editionTitle,
        List<Slot> slots,
        List<Option> peerModes,
        List<Option> peerChoices,
        List<String> problems,
        List<Selected> cities,
        List<Row> rows,
        CityPage.Chart chart,
        Peers peers) {

    /** One of the four city choosers: its label and every city, the chosen one selected. */
    record Slot(String id, String label, List<Option> options) {}

    /** An option of a select or a radio group. */
    record Option(String value, String label, boolean selected) {}

    /** A city being compared: identity, the round that stands for it, and its series number in the chart. */
    record Selected(
            String slug, String name, String country, boolean synthetic, String round, String edition, int series) {}

    /** One metric: each city's figure, the sample mean and the peer group's mean. */
    record Row(String code, String name, List<Cell> cities, Cell sampleMean, Cell peerMean) {}

    /**
     * The peer group of the first city ("cities like mine"): how it was chosen, its members, and per metric the
     * group's statistics and the first city's rank in it.
     */
    record Peers(
            String city, String description, List<String> notes, List<Member> members, List<StatsRow> statistics) {}

    /** A member of the peer group. */
    record Member(String slug, String name, String country, boolean synthetic) {}

    /** A metric over the peer group. */
    record StatsRow(String name, int n, Cell mean, Cell median, Cell q1, Cell q3, Cell min, Cell max, String rank) {}
}
