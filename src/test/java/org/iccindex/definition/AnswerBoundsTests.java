package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AnswerBoundsTests {

    @Test
    void aNumberWithAnExponentAtTheIntLimitIsNamedInItsProblem() {
        // found by bench/fuzz.sh: rounding such a number for the message threw ArithmeticException: Underflow
        BigDecimal huge = new BigDecimal("0044444444e2147483647");

        assertThat(AnswerBounds.problem(huge))
                .contains("the number 4.44444E+2147483654 is too large (at most 15 digits before the decimal point)");
    }

    @Test
    void aNumberWithAVeryNegativeExponentIsNamedInItsProblem() {
        BigDecimal tiny = new BigDecimal("-123e-2147483647");

        assertThat(AnswerBounds.problem(tiny))
                .contains("the number -1.23E-2147483645 has too many decimals (at most 15)");
    }

    @Test
    void ordinaryNumbersAreWrittenOut() {
        assertThat(AnswerBounds.shown(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(AnswerBounds.shown(new BigDecimal("1234567890123456789012345678901234567890123")))
                .isEqualTo("1.23456E+42");
    }
}
