package org.iccindex.site.web;

import java.util.List;

/** View models of the areas index and of one area's page. */
final class AreaPages {
    private AreaPages() {}

    /** Every metric of an edition with its sample mean, linking to its page. */
    record Index(String editionTitle, String snapshot, int sampleSize, List<Entry> entries) {}

    /** A metric in the index. */
    record Entry(String code, String name, String group, String href, Cell mean, int n) {}

    /** One metric across the sample: statistics, distribution chart, the top cities and every city's figure. */
    record Area(
            String code,
            String name,
            String description,
            String indicator,
            List<CityPage.Fact> facts,
            String editionTitle,
            String snapshot,
            int sampleSize,
            List<Stat> stats,
            CityPage.Chart chart,
            String highlight,
            List<Ranked> top,
            List<Ranked> all,
            String leagueHref) {}

    /** A statistic: its name and value. */
    record Stat(String name, String value) {}

    /** A city's place on the metric. */
    record Ranked(
            int rank, String slug, String name, String country, boolean synthetic, Cell value, boolean highlighted) {}
}
