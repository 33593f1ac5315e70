package org.iccindex.site.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.Metric;
import org.iccindex.definition.Band;
import org.iccindex.definition.Definition;
import org.iccindex.definition.LocalizedText;
import org.iccindex.wording.Countries;
import org.iccindex.wording.Wording;
import org.springframework.context.MessageSource;

/** The page texts of one language: the site's message bundle, and {@link Wording} for figures. */
final class Words {
    private final MessageSource messages;
    private final Locale locale;
    private final Wording wording;

    Words(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.wording = Wording.of(locale);
    }

    Locale locale() {
        return locale;
    }

    String language() {
        return locale.getLanguage();
    }

    String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String in(LocalizedText text) {
        return text.in(language());
    }

    String metric(Metric metric, Definition definition) {
        return wording.metric(metric, definition);
    }

    String band(Band band) {
        return wording.band(band);
    }

    String group(ComparisonGroup group, Definition definition) {
        return wording.group(group, definition);
    }

    Wording wording() {
        return wording;
    }

    /** A country held under its English name, in this language ("Corée du Sud"). */
    String country(String englishName) {
        return Countries.name(englishName, locale);
    }

    /** A country inside a sentence: "the Netherlands" in English. */
    String countryInSentence(String englishName) {
        return Countries.inSentence(englishName, locale);
    }

    String number(BigDecimal value) {
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    String number(long value) {
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    /** "4 of 26" / "4 sur 26". */
    String rank(int position, int outOf) {
        return t("site.rank.of", position, outOf);
    }
}
