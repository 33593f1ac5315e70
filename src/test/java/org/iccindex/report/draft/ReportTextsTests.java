package org.iccindex.report.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.iccindex.messages.Messages;
import org.junit.jupiter.api.Test;

/** The report's prose as the application's message source gives it. */
class ReportTextsTests {
    private final ReportTexts french = new ReportTexts(Messages.create(), Locale.FRENCH);

    /** A label written in the texts but not listed would be missing from every report's headings. */
    @Test
    void everyLabelOfTheTextsIsListedAndShown() throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/i18n/report-draft.properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        TreeSet<String> written = new TreeSet<>();
        texts.stringPropertyNames().stream()
                .filter(k -> k.startsWith("label."))
                .forEach(k -> written.add(k.substring("label.".length())));
        assertThat(new TreeSet<>(ReportTexts.LABELS)).isEqualTo(written);
        assertThat(french.labels())
                .containsEntry("aggregate", "L'indice global")
                .hasSize(written.size());
    }

    /** One apostrophe, whether the text has arguments or not. */
    @Test
    void apostrophesReadAsOneWithAndWithoutArguments() {
        assertThat(french.format("label.indicators")).isEqualTo("Les indicateurs de l'indice");
        assertThat(french.format("title", "Ansan", 2020)).startsWith("Ansan : analyse de l'Indice");
        assertThat(french.has("label.indicators")).isTrue();
        assertThat(french.has("label.nothing")).isFalse();
    }
}
