package org.iccindex.practice.search;

import java.util.List;
import java.util.Optional;

/**
 * What the index holds of one public practice: its texts per language (the French ones only where translated),
 * and the values it is filtered by.
 */
public record IndexedPractice(
        long id,
        String titleEn,
        String bodyEn,
        Optional<String> titleFr,
        Optional<String> bodyFr,
        List<String> areas,
        Optional<String> country,
        Optional<String> band) {

    public IndexedPractice {
        areas = List.copyOf(areas);
    }
}
