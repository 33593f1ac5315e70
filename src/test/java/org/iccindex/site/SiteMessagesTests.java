package org.iccindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes in the site's bundles: a text with arguments goes through MessageFormat, which needs '' for one
 * apostrophe; a text without is shown as written, where '' would show twice. Either mistake shows on a page.
 */
class SiteMessagesTests {
    @Test
    void apostrophesAreWrittenAsEachTextIsRendered() throws IOException {
        for (String file : new String[] {"site.properties", "site_fr.properties"}) {
            Properties texts = new Properties();
            try (Reader reader =
                    Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            texts.forEach((key, value) -> {
                String text = value.toString();
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(file + ": " + key).doesNotContain("'");
                } else {
                    assertThat(text).as(file + ": " + key).doesNotContain("''");
                }
            });
        }
    }
}
