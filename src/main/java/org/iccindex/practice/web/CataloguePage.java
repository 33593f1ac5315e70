package org.iccindex.practice.web;

import java.util.List;

/** The analysts' list of every practice with its status (or, for a city's user, their own proposals). */
record CataloguePage(boolean staff, boolean cityUser, List<Option> statuses, List<Row> rows) {

    /** One practice of the list. */
    record Row(
            String slug,
            String title,
            String place,
            String placeLanguage,
            List<String> areas,
            String status,
            int version,
            String changed,
            String changedBy,
            String decisionNote,
            boolean synthetic) {}
}
