package org.iccindex.report.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccindex.wording.French;

/**
 * French typography for a rendered French report: the space before {@code : ; ! ?} and a closing guillemet, and the
 * one after an opening guillemet, become no-break spaces, so that a line never starts with the sign (as "En partie
 * seulement" / ": ..." did in the PDF). Only the text between tags changes; stylesheets, scripts and attributes are
 * left as they are.
 */
final class FrenchSpacing {
    private static final Pattern TEXT = Pattern.compile("(?s)<(style|script)\\b.*?</\\1>|>([^<]+)(?=<)");

    private FrenchSpacing() {}

    static String apply(String xhtml) {
        Matcher m = TEXT.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length());
        while (m.find()) {
            String replacement = m.group(2) == null ? m.group() : ">" + French.spacing(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
