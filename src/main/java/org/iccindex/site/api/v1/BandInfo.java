package org.iccindex.site.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A comparison band: lower edge inclusive, upper edge exclusive; an open end is absent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BandInfo(
        String code,
        String axis,
        @Nullable BigDecimal lower,
        @Nullable BigDecimal upper,
        I18nText label) {}
