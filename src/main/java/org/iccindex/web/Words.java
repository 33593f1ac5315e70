package org.iccindex.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;
import org.iccindex.definition.LocalizedText;
import org.iccindex.shared.PageTimes;
import org.iccindex.wording.Countries;
import org.iccindex.wording.Wording;
import org.springframework.context.MessageSource;

/**
 * The texts of one page in its language, for every module's pages: messages from the application's one
 * {@link MessageSource}, definition texts, figures and names of the engine's {@link Wording}, countries, numbers and
 * times as pages show them. Made per request by {@link PageWords}.
 */
public final class Words {
    private final MessageSource messages;
    private final Locale locale;
    private final PageTimes times;
    private final Wording wording;

    Words(MessageSource messages, Locale locale, PageTimes times) {
        this.messages = messages;
        this.locale = locale;
        this.times = times;
        this.wording = Wording.of(messages::getMessage, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The page's language code: "fr" or "en" (the only two the pages are written in). */
    public String language() {
        return locale.getLanguage().equals("fr") ? "fr" : "en";
    }

    /** A message of the page's language, its arguments put in. */
    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A text of the index definition in the page's language. */
    public String in(LocalizedText text) {
        return text.in(language());
    }

    /** Names of areas, indicators, bands and groups and figures as the engine words them. */
    public Wording wording() {
        return wording;
    }

    /** A country held under its English name, in this language ("Corée du Sud"). */
    public String country(String englishName) {
        return Countries.name(englishName, locale);
    }

    /** A country inside a sentence: "the Netherlands" in English. */
    public String countryInSentence(String englishName) {
        return Countries.inSentence(englishName, locale);
    }

    public String number(BigDecimal value) {
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    public String number(long value) {
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    /** A time as pages show it: to the minute, in the stated zone. */
    public String when(Instant at) {
        return times.minutes(at);
    }
}
