package org.iccindex.practice.web;

import java.util.List;

/**
 * The public search page: the query and filters as given, the options of each filter, and what was found.
 * {@code searched}: a query or a filter was given (else the whole catalogue is listed).
 */
record SearchPage(
        String query,
        List<Option> areas,
        List<Option> countries,
        List<Option> bands,
        List<Option> cities,
        boolean searched,
        boolean filtered,
        List<Hit> hits,
        boolean relaxed,
        int withoutFilters,
        int catalogueSize,
        boolean signedIn,
        boolean staff,
        boolean cityUser) {

    /** One practice found. */
    record Hit(
            String slug,
            String title,
            String summary,
            String place,
            String placeLanguage,
            String period,
            List<String> areas,
            String band,
            boolean synthetic) {}
}
