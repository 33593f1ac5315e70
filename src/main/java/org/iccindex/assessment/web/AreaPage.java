package org.iccindex.assessment.web;

import java.util.List;
import java.util.Optional;

/** The questionnaire page of one area: the round, the areas with their progress, and the area's questions. */
record AreaPage(
        RoundHeader round,
        List<AreaLink> areas,
        String areaCode,
        String areaName,
        String areaDescription,
        List<QuestionView> questions,
        Progress areaProgress,
        Progress overall,
        Optional<String> preview,
        Optional<String> next,
        Optional<String> previous) {

    /** An area in the side navigation, with its progress. */
    record AreaLink(String code, String name, Progress progress, boolean current) {}
}
