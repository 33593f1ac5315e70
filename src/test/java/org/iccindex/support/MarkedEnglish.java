package org.iccindex.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a page marks as English ({@code lang="en"}): data held only in English, such as a practice without a French
 * text or a stored citation, shown as such on a French page. The French checks leave it out, as a screen reader
 * reads it in English.
 */
public final class MarkedEnglish {
    /**
     * An opening tag marked as English: {@code <p lang="en">}; never the root {@code <html>}, whose language is the
     * page's own (an English page is read whole).
     */
    private static final Pattern ENGLISH_ELEMENT =
            Pattern.compile("<(?!html\\b)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*\\slang=\"en\"[^>]*>");

    private MarkedEnglish() {}

    /** The page without its elements marked {@code lang="en"}, nested elements of the same name counted. */
    public static String leftOut(String html) {
        StringBuilder kept = new StringBuilder();
        int from = 0;
        Matcher english = ENGLISH_ELEMENT.matcher(html);
        while (english.find(from)) {
            kept.append(html, from, english.start()).append(' ');
            from = english.group(0).endsWith("/>") ? english.end() : endOf(html, english.group(1), english.end());
        }
        return kept.append(html.substring(Math.min(from, html.length()))).toString();
    }

    /** Where the element named {@code tag}, whose opening tag ends at {@code from}, closes (the page's end if never). */
    private static int endOf(String html, String tag, int from) {
        Matcher next = Pattern.compile("<(/?)" + tag + "\\b[^>]*>", Pattern.CASE_INSENSITIVE)
                .matcher(html);
        int depth = 1;
        int at = from;
        while (next.find(at)) {
            at = next.end();
            if (next.group(0).endsWith("/>")) {
                continue;
            }
            depth += next.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return at;
            }
        }
        return html.length();
    }
}
