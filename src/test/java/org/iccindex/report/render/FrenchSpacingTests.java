package org.iccindex.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchSpacingTests {

    @Test
    void theSpaceBeforeAColonOrAQuestionMarkIsNoBreakInTextOnly() {
        String html = "<style>a :hover { color: red }</style><p title=\"x : y\">En partie seulement : un plan ? "
                + "« oui »</p>";

        assertThat(FrenchSpacing.apply(html))
                .isEqualTo("<style>a :hover { color: red }</style><p title=\"x : y\">En partie seulement\u00a0: un"
                        + " plan\u00a0? «\u00a0oui\u00a0»</p>");
    }
}
