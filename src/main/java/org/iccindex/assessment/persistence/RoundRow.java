package org.iccindex.assessment.persistence;

import java.time.Instant;
import java.util.Optional;
import org.iccindex.assessment.Round;
import org.iccindex.city.City;
import org.iccindex.definition.EditionId;
import org.iccindex.result.AnswersBasis;

/** A round as stored, with its city. */
public record RoundRow(
        long id,
        City city,
        EditionId edition,
        int year,
        Round.Status status,
        AnswersBasis answersBasis,
        Optional<Long> copiedFrom,
        Optional<Long> resultId,
        int version,
        String createdBy,
        Instant createdAt) {}
