package org.iccindex.assessment.web;

import java.time.Instant;
import java.util.Locale;
import org.iccindex.shared.PageTimes;
import org.springframework.context.MessageSource;

/** Page texts of the assessment bundle in one language, and dates as pages show them. */
final class Words {
    private final MessageSource messages;
    private final Locale locale;
    private final PageTimes times;

    Words(MessageSource messages, Locale locale, PageTimes times) {
        this.messages = messages;
        this.locale = locale;
        this.times = times;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String language() {
        return locale.getLanguage().equals("fr") ? "fr" : "en";
    }

    Locale locale() {
        return locale;
    }

    /** A time as pages show it: to the minute, in the stated zone. */
    String when(Instant at) {
        return times.minutes(at);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** An id usable in HTML and URLs fragments: {@code commitment.strategy} becomes {@code q-commitment-strategy}. */
    static String anchor(String questionCode) {
        return "q-" + questionCode.replaceAll("[^a-z0-9]+", "-");
    }
}
