package org.iccindex.practice.web;

import java.util.List;
import java.util.Map;

/**
 * The form to add, edit or propose a practice. {@code mode}: new, edit or propose. {@code errors}: the message of
 * each field in error, by field id (title_en, areas, links...); {@code problems} the same in order, for the summary.
 * {@code conflict}: someone else changed the practice since the user opened it.
 */
record PracticeFormPage(
        String mode,
        String action,
        String slug,
        String title,
        PracticeForm form,
        List<Option> areas,
        List<Problem> problems,
        Map<String, String> errors,
        String conflict) {

    /** One problem of the summary, linking to its field. */
    record Problem(String field, String message) {}
}
