package org.iccindex.practice.web;

import java.util.List;

/**
 * Suggested practices for one round of one city. {@code staff}: an analyst is looking, so each suggestion carries
 * the controls to pin, move or drop it, and dropped suggestions are listed to be restored. {@code published}: the
 * city was measured against the averages its own report published, not against the sample of {@code sampleSize}
 * cities; {@code lead} says so, for this city, with its weakest areas.
 */
record RecommendationsPage(
        String city,
        String cityName,
        String country,
        boolean synthetic,
        int round,
        String edition,
        String snapshot,
        int sampleSize,
        boolean published,
        String lead,
        List<Option> rounds,
        List<Option> cities,
        boolean curated,
        boolean staff,
        int weakLevel,
        int strongLevel,
        List<AreaView> areas) {

    /** A weak area and its suggestions. */
    record AreaView(
            String code,
            String name,
            int score,
            List<String> shortfalls,
            List<SuggestionView> suggestions,
            List<SuggestionView> dropped,
            List<Option> addable) {}

    /**
     * One suggestion; {@code scored}: its city has a score in the area (else no similarity is shown, as it rests on
     * the place alone); {@code first}/{@code last} say whether it can move up or down.
     */
    record SuggestionView(
            long id,
            String slug,
            String title,
            String summary,
            String place,
            String placeLanguage,
            boolean synthetic,
            List<String> reasons,
            boolean scored,
            int similarity,
            boolean pinned,
            boolean first,
            boolean last) {}
}
