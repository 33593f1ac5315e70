package org.iccindex.messages;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Makes the application's message source: one bundle per module under {@code i18n/}, so that modules never edit
 * each other's, and no key is in two bundles ({@code MessageBundlesTests}).
 *
 * <p>A text with placeholders is a {@link MessageFormat} pattern (an apostrophe written {@code ''}); a text without
 * placeholders reads as written, whether or not a caller passes arguments. English is the default: a language
 * without its own bundle gets English, whatever the machine's language.
 */
public final class Messages {
    /** The bundles, each named after the module whose texts it holds. */
    public static final List<String> BUNDLES = List.of(
            "i18n/common",
            "i18n/site",
            "i18n/account",
            "i18n/assessment",
            "i18n/report",
            "i18n/report-draft",
            "i18n/practice",
            "i18n/wording");

    private Messages() {}

    /** A new message source over every bundle (the web application holds one as its {@code messageSource} bean). */
    public static MessageSource create() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource() {
            @Override
            protected MessageFormat createMessageFormat(String text, Locale locale) {
                // a text without placeholders reads as written even when a caller passes arguments
                return super.createMessageFormat(text.indexOf('{') < 0 ? text.replace("'", "''") : text, locale);
            }
        };
        source.setBasenames(BUNDLES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
