package org.iccindex.site.web;

import java.util.List;

/** The view model of the methodology page: everything read from one edition's definition and the edition list. */
record MethodologyPage(
        String editionTitle,
        String inForceFrom,
        String languages,
        String provenance,
        List<ComparePage.Option> editions,
        List<String> rules,
        List<Indicator> indicators,
        List<Area> areas,
        Totals totals,
        List<Bands> bands,
        List<AreaQuestions> questions,
        List<Edition> history) {

    /** An indicator and the areas it groups. */
    record Indicator(String name, boolean composite, String areas) {}

    /** A scored area: its figures in the definition. */
    record Area(
            String code,
            String name,
            String href,
            String indicator,
            String weight,
            int questions,
            int mandatory,
            int maxPoints,
            String introduced,
            boolean isNew,
            String continues) {}

    /** Totals over the scored areas. */
    record Totals(
            int areas, int questions, int mandatory, int maxPoints, String weight, int excluded, int notAchieved) {}

    /** The bands of one axis and the profile facts that place a city on it. */
    record Bands(String axis, List<String> bands, String facts) {}

    /** The questions of one area. */
    record AreaQuestions(String area, List<Question> questions) {}

    /** A question: its text, how it is answered, whether it is mandatory, its most points, its not-applicable rule. */
    record Question(
            String code,
            String text,
            String type,
            String kind,
            boolean mandatory,
            int maxPoints,
            String notApplicable) {}

    /** An edition of the index and how it differs from the one before. */
    record Edition(
            String id,
            String title,
            String inForceFrom,
            int indicators,
            int areas,
            int questions,
            boolean shown,
            boolean inForce,
            String href,
            String changes) {}
}
