package org.iccindex.site.api.v1;

import java.time.LocalDate;

/** An edition of the index: its id, title, date in force and size; {@code current} for the edition in force. */
public record EditionSummary(
        String id,
        I18nText title,
        LocalDate inForceFrom,
        boolean current,
        int indicators,
        int scoredAreas,
        int scoredQuestions,
        String href) {}
