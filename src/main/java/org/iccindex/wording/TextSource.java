package org.iccindex.wording;

import java.util.Locale;

/**
 * Where the engine finds its words: the application's one message source, whose {@code getMessage(String, Object[],
 * Locale)} fits this interface. The engine reads no files and knows no framework; the keys it asks for are in
 * {@code i18n/wording.properties}.
 */
@FunctionalInterface
public interface TextSource {
    /** The text of {@code key} in {@code locale} with {@code arguments} put in; fails when there is no such text. */
    String text(String key, Object[] arguments, Locale locale);
}
