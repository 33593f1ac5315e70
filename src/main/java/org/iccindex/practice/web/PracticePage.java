package org.iccindex.practice.web;

import java.util.List;

/**
 * A practice's page: its content in the page's language, where it comes from, and for analysts its status, actions
 * and history. {@code englishShown}: the page is in French and some texts have no translation.
 */
record PracticePage(
        long id,
        String slug,
        String title,
        String status,
        int version,
        boolean synthetic,
        String place,
        String origin,
        String period,
        List<AreaLink> areas,
        List<Section> sections,
        List<String> links,
        String source,
        String recorded,
        String citySlug,
        String cityName,
        String band,
        boolean englishShown,
        String decisionNote,
        boolean staff,
        boolean canEdit,
        boolean canDecide,
        boolean canRetire,
        List<HistoryRow> history,
        String notice,
        String problem) {

    /** An area the practice serves, linking to the search filtered by it. */
    record AreaLink(String code, String name) {}

    /** One text of the practice under its heading (a message key), with its language. */
    record Section(String heading, String text, String language) {}

    /** One version in the history table. */
    record HistoryRow(int version, String when, String who, String action, List<String> changed, String note) {}
}
