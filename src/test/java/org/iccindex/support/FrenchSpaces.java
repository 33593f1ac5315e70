package org.iccindex.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography in a rendered French page or report: the space before {@code : ; ! ?} or a closing guillemet,
 * which French text writes and makes unbreakable (a plain space lets a narrow screen start a line with the sign; none
 * at all is English punctuation). Text marked English, what people typed in a text box, code and scripts are left
 * out, as the application leaves them as written.
 */
public final class FrenchSpaces {
    /** A plain space before : ; ! ? or », where a narrow screen may start a line with the sign. */
    private static final Pattern BREAKABLE_BEFORE_SIGN = Pattern.compile("[ \\t\\r\\n]+[:;!?»]");

    /** No space at all before : ; ! ? that ends a phrase ("Pourquoi: ", "Engagement; "), as English writes it. */
    private static final Pattern NONE_BEFORE_SIGN = Pattern.compile("[\\p{L}\\p{N})\\]%][:;!?](?=\\s|$)");

    private FrenchSpaces() {}

    /**
     * Each breakable space before those signs, and each missing space (answers left out: they are shown as the city
     * wrote them, and the demo's answers are English sentences), with the text around it.
     */
    public static List<String> problems(String html) {
        String text = visible(html);
        List<String> found = new ArrayList<>();
        find(BREAKABLE_BEFORE_SIGN, text, "breakable space", found);
        find(
                NONE_BEFORE_SIGN,
                visible(html.replaceAll("(?s)<dl class=\"answer-read\">.*?</dl>", "")),
                "no space before the sign",
                found);
        return found;
    }

    private static String visible(String html) {
        return MarkedEnglish.leftOut(html)
                .replaceAll("(?s)<(script|style|svg|textarea|pre|code)\\b.*?</\\1>", "")
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("<[^>]+>", "");
    }

    private static void find(Pattern pattern, String text, String what, List<String> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String around = text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30));
            found.add(what + " in '" + around.replaceAll("\\s+", " ") + "'");
        }
    }
}
