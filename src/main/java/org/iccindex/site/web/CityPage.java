package org.iccindex.site.web;

import java.util.List;
import org.iccindex.site.PublicLink;
import org.iccindex.wording.SourceText;

/** The view model of a city's page: one round against the sample and its groups, its progress, its publications. */
record CityPage(
        String name,
        String slug,
        String country,
        boolean synthetic,
        String editionTitle,
        int round,
        String publishedOn,
        String origin,
        String method,
        SourceText source,
        List<Fact> profile,
        String snapshot,
        String snapshotValue,
        String minSnapshot,
        int sampleSize,
        List<Group> groups,
        List<Row> rows,
        List<String> rankStatements,
        List<String> figureNotes,
        boolean newAreasNote,
        Chart profileChart,
        Progress progress,
        List<PublicLink> reports,
        List<PublicLink> practices,
        String compareHref,
        String apiHref) {

    /** A line of the city's profile, e.g. population and its band. */
    record Fact(String label, String value) {}

    /** A comparison group shown as a column: its label and size. */
    record Group(String label, int members) {}

    /** One metric: the city's figure and, per group, the group's mean and the city's rank. */
    record Row(String code, String name, String href, Cell city, List<Cell> means, List<String> ranks) {}

    /** A chart: the SVG (drawn by the server, escaped there) and a caption that says where its data table is. */
    record Chart(String svg, String caption) {}

    /** The city's rounds: links, and when there are several, a chart and a table (a row per metric). */
    record Progress(List<RoundLink> rounds, Chart chart, List<String> headers, List<ProgressRow> rows) {
        public boolean several() {
            return rounds.size() > 1;
        }
    }

    /** A round, for navigation. */
    record RoundLink(int round, String edition, String publishedOn, String href, boolean current) {}

    /** One metric across the rounds. */
    record ProgressRow(String name, List<Cell> values) {}
}
