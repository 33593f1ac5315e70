package org.iccindex.assessment.web;

import java.util.List;

/** The list of rounds a person may see, and the form that starts a new one. */
record RoundListPage(
        List<Item> rounds, boolean canStart, List<CityOption> cities, int defaultYear, boolean staff, String who) {

    /** A round; {@code openRequest}: the city asked for a review of its published result, not decided yet. */
    record Item(
            long id,
            String city,
            String country,
            int year,
            String edition,
            String status,
            boolean synthetic,
            boolean openRequest) {}

    record CityOption(long id, String name) {}
}
