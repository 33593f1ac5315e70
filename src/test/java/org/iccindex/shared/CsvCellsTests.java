package org.iccindex.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP's rule for CSV cells: formulas become text, numbers stay numbers. */
class CsvCellsTests {
    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(CsvCells.neutralise("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CsvCells.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextAndNumbersAreLeftAlone() {
        assertThat(CsvCells.neutralise("Ansan")).isEqualTo("Ansan");
        assertThat(CsvCells.neutralise("-3.5")).isEqualTo("-3.5");
        assertThat(CsvCells.neutralise("71")).isEqualTo("71");
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise("a=b")).isEqualTo("a=b");
    }
}
