package org.iccindex.report.draft;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;

/**
 * The report's own prose in one language ({@code i18n/report-draft*.properties}), from the application's message
 * source.
 */
final class ReportTexts {
    /** The labels a report's template shows (headings, table heads, links): the keys {@code label.*} of the texts. */
    static final List<String> LABELS = List.of(
            "contents",
            "introduction",
            "definition",
            "methodology",
            "indicators",
            "indicator",
            "areas",
            "overview",
            "profile",
            "lens",
            "new",
            "activities",
            "suggestions",
            "aggregate",
            "ranks",
            "progress",
            "conclusions",
            "conclusions.area",
            "conclusions.figures",
            "conclusions.achieves",
            "conclusions.improve",
            "recommendations",
            "closing",
            "chart.table",
            "page",
            "edition",
            "round",
            "benchmark",
            "edited",
            "stale",
            "edit",
            "skip",
            "colon");

    private final MessageSource messages;
    private final Locale locale;

    ReportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String format(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Whether there is a text {@code key} (some sentences exist only for the facts they know how to say). */
    boolean has(String key) {
        return messages.getMessage(key, null, null, locale) != null;
    }

    /** Every label, by its name without {@code label.}. */
    Map<String, String> labels() {
        Map<String, String> labels = new TreeMap<>();
        LABELS.forEach(name -> labels.put(name, format("label." + name)));
        return labels;
    }
}
