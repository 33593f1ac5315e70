package org.iccindex.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text in one or more languages; English is the fallback for a missing translation. */
public record LocalizedText(Map<String, String> texts) {
    public static final String FALLBACK = "en";
    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public static LocalizedText empty() {
        return EMPTY;
    }

    public static LocalizedText en(String text) {
        return new LocalizedText(Map.of(FALLBACK, text));
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    public boolean has(String language) {
        return texts.containsKey(language);
    }

    /** The text in {@code language}, else in English, else the empty string. */
    public String in(String language) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.get(FALLBACK);
        }
        return text == null ? "" : text;
    }

    public String english() {
        return in(FALLBACK);
    }
}
