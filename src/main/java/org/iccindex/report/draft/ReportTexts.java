package org.iccindex.report.draft;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own texts in one language ({@code wording/report*.properties}), always formatted as patterns. */
public final class ReportTexts {
    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "wording/report",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportTexts of(Locale locale) {
        return new ReportTexts(locale);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Whether the texts have {@code key} (some sentences exist only for the facts they know how to say). */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key starting with {@code prefix}, e.g. the labels. */
    java.util.Map<String, String> all(String prefix) {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                all.put(key.substring(prefix.length()), format(key));
            }
        }
        return all;
    }
}
