package org.iccindex.practice;

import java.util.List;
import java.util.Optional;
import org.iccindex.definition.AreaCode;

/**
 * The practices found, best first. {@code relaxed}: no practice had every word, so these have some of them.
 * {@code withoutFilters}: how many the words alone would find (to say so when the filters leave none);
 * {@code catalogueSize}: how many public practices there are in all.
 */
public record SearchResults(SearchQuery query, List<Hit> hits, boolean relaxed, int withoutFilters, int catalogueSize) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * One practice found, in the language asked for (English where no translation exists); {@code placeLanguage}:
     * "en" when the place is the origin held in English on a page of another language.
     */
    public record Hit(
            long id,
            String slug,
            String title,
            String summary,
            String place,
            String placeLanguage,
            Optional<String> period,
            List<AreaCode> areas,
            Optional<String> band,
            boolean synthetic) {
        public Hit {
            areas = List.copyOf(areas);
        }
    }
}
