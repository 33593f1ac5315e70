package org.iccindex.site.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scored area of an edition: weight in the aggregate, scored questions (and how many are mandatory), the most
 * points they give, whether it is part of the lens, whether it is new with this edition (compared only with the
 * cities that answered it), and the earlier editions' areas it continues.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AreaInfo(
        String code,
        I18nText name,
        BigDecimal weight,
        @Nullable LocalDate introduced,
        boolean newInEdition,
        boolean inLens,
        int questions,
        int mandatoryQuestions,
        int maxPoints,
        List<String> continues,
        String href) {}
