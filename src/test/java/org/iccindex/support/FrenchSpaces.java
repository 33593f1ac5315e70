package org.iccindex.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography in a rendered French page or report: the spaces a line may break at before {@code : ; ! ?} or a
 * closing guillemet, which French text makes unbreakable. Text marked English, what people typed in a text box, code
 * and scripts are left out, as the application leaves them as written.
 */
public final class FrenchSpaces {
    /** A plain space before : ; ! ? or », where a narrow screen may start a line with the sign. */
    private static final Pattern BREAKABLE_BEFORE_SIGN = Pattern.compile("[ \\t\\r\\n]+[:;!?»]");

    private FrenchSpaces() {}

    /** Each breakable space found, with the text around it. */
    public static List<String> breakable(String html) {
        String text = MarkedEnglish.leftOut(html)
                .replaceAll("(?s)<(script|style|svg|textarea|pre|code)\\b.*?</\\1>", "")
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("<[^>]+>", "");
        List<String> found = new ArrayList<>();
        Matcher m = BREAKABLE_BEFORE_SIGN.matcher(text);
        while (m.find()) {
            String around = text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30));
            found.add("breakable space in '" + around.replaceAll("\\s+", " ") + "'");
        }
        return found;
    }
}
