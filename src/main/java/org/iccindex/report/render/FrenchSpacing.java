package org.iccindex.report.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography for a rendered French report: the space before {@code : ; ! ?} and a closing guillemet, and the
 * one after an opening guillemet, become no-break spaces, so that a line never starts with the sign (as "En partie
 * seulement" / ": ..." did in the PDF). Only the text between tags changes; stylesheets, scripts and attributes are
 * left as they are.
 */
final class FrenchSpacing {
    private static final Pattern TEXT = Pattern.compile("(?s)<(style|script)\\b.*?</\\1>|>([^<]+)(?=<)");
    private static final Pattern BEFORE = Pattern.compile(" ([:;!?»])");

    private FrenchSpacing() {}

    static String apply(String xhtml) {
        Matcher m = TEXT.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length());
        while (m.find()) {
            String replacement = m.group(2) == null ? m.group() : ">" + spaced(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String spaced(String text) {
        return BEFORE.matcher(text).replaceAll("\u00a0$1").replace("« ", "«\u00a0");
    }
}
