package org.iccindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.iccindex.messages.Messages;
import org.junit.jupiter.api.Test;

/**
 * The texts of the application's one message source ({@link Messages}): every text exists in English and in French,
 * each key is in one bundle only, and apostrophes are written as the text is rendered.
 */
class MessageBundlesTests {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndFrench() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Path english = Path.of("src/main/resources", bundle + ".properties");
            Path french = Path.of("src/main/resources", bundle + "_fr.properties");
            assertThat(french).as("French bundle of " + english).exists();
            Set<String> en = keys(english);
            Set<String> fr = keys(french);
            assertThat(new TreeSet<>(fr)).as("keys of " + french).containsExactlyElementsOf(new TreeSet<>(en));
            assertThat(en).as(english + " is not empty").isNotEmpty();
        }
    }

    /**
     * The message source renders a text with arguments through MessageFormat (one apostrophe written '') and a text
     * without arguments as written (where '' would show twice): either mistake shows on a page or in a report.
     */
    @Test
    void apostrophesAreWrittenAsEachPageTextIsRendered() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties texts = texts(file);
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

    /**
     * The message source holds every bundle under i18n/, and a key in two bundles would show the first one's text
     * where the second's was meant (as "Actif" for a practice once did).
     */
    @Test
    void theMessageSourceHoldsEveryBundleAndEachKeyIsInOneOnly() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.list(BUNDLES)) {
            all.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".properties") && !f.contains("_"))
                    .forEach(f -> files.add("i18n/" + f.replace(".properties", "")));
        }
        assertThat(new TreeSet<>(Messages.BUNDLES)).as("bundles of Messages").isEqualTo(files);
        Map<String, String> owner = new TreeMap<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : keys(Path.of("src/main/resources", bundle + ".properties"))) {
                String first = owner.putIfAbsent(key, bundle);
                assertThat(first).as(key + " in " + bundle + " and in " + first).isNull();
            }
        }
    }

    /**
     * Every page text with arguments is a valid MessageFormat pattern (a broken choice pattern fails only when the
     * page is shown), and its plural forms read right: 1 takes the singular, 2 the plural.
     */
    @Test
    void everyTextWithArgumentsFormatsForOneAndForMany() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties texts = texts(file);
                Locale locale = file.toString().endsWith("_fr.properties") ? Locale.FRENCH : Locale.ENGLISH;
                texts.forEach((key, value) -> {
                    String text = value.toString();
                    if (!text.matches("(?s).*\\{\\d.*")) {
                        return;
                    }
                    for (int n : new int[] {0, 1, 2, 25}) {
                        Object[] args = {n, n, n, n, n, n, n, n, n, n};
                        String shown = new MessageFormat(text, locale).format(args);
                        assertThat(shown).as(file + ": " + key + " with " + n).doesNotContain("{");
                    }
                    if (text.contains(",choice,")) {
                        String one =
                                new MessageFormat(text, locale).format(new Object[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
                        assertThat(one).as(file + ": " + key + " with 1").doesNotContain("(s)");
                    }
                });
            }
        }
    }

    private static Properties texts(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = texts(file);
        properties.forEach(
                (k, v) -> assertThat(v.toString()).as(file + ": " + k).isNotBlank());
        return properties.stringPropertyNames();
    }
}
