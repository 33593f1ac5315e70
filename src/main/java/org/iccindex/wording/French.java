package org.iccindex.wording;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French rules of elision and contraction, in one place: "de Ansan" reads "d'Ansan", "de le" "du", "de les"
 * "des", "de des" "de", "à le" "au", "à les" "aux", "que il" "qu'il", and a doubled "de de" (a pattern's "de" before a phrase that
 * already starts with one, "villes de de 100 000 à ...") keeps one. Applied to a finished French text, so that every
 * pattern and every name inserted into it follow them.
 */
public final class French {
    /** A word that elides before a vowel or a mute h, followed by the word it meets. */
    private static final Pattern ELISION = Pattern.compile(
            "(?<![\\p{L}'’])([dDlLjJmMnNsStT]e|[qQ]ue|[lL]a|[jJ]usque|[lL]orsque|[pP]uisque)\\s+(?=[aeiouhàâäéèêëîïôöûüœAEIOUHÀÂÄÉÈÊËÎÏÔÖÛÜŒ])");

    private static final Pattern DOUBLED_DE = Pattern.compile("(?<![\\p{L}])([dD])e\\s+de\\s+(?=\\S)");
    private static final Pattern DE_DES = Pattern.compile("(?<![\\p{L}'’])([dD])e\\s+des\\s+(?=\\S)");
    private static final Pattern DE_LE = Pattern.compile("(?<![\\p{L}'’])([dD])e\\s+le\\s+(?=\\S)");
    private static final Pattern DE_LES = Pattern.compile("(?<![\\p{L}'’])([dD])e\\s+les\\s+(?=\\S)");
    private static final Pattern A_LE = Pattern.compile("(?<![\\p{L}'’])([àÀ])\\s+le\\s+(?=\\S)");
    private static final Pattern A_LES = Pattern.compile("(?<![\\p{L}'’])([àÀ])\\s+les\\s+(?=\\S)");

    /** Words starting with h that take no elision (h aspiré) and are likely in our texts. */
    private static final Pattern H_ASPIRE =
            Pattern.compile("(?i)(hall|handicap|hasard|haut|hausse|hiérarch|hors|honte)");

    /** A space before {@code : ; ! ?} or a closing guillemet, which French typography makes unbreakable. */
    private static final Pattern SPACE_BEFORE = Pattern.compile(" ([:;!?»])");

    private French() {}

    /**
     * French spacing: the space before {@code : ; ! ?} and a closing guillemet, and the one after an opening
     * guillemet, become no-break spaces, so that a line never starts with the sign. Idempotent.
     */
    public static String spacing(String text) {
        return SPACE_BEFORE.matcher(text).replaceAll("\u00a0$1").replace("« ", "«\u00a0");
    }

    /** The text with the rules applied; text that already follows them is returned unchanged. */
    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = DOUBLED_DE.matcher(text).replaceAll("$1e ");
        s = DE_DES.matcher(s).replaceAll("$1e ");
        s = DE_LES.matcher(s).replaceAll("$1es ");
        s = DE_LE.matcher(s).replaceAll("$1u ");
        s = A_LES.matcher(s).replaceAll(m -> (m.group(1).equals("À") ? "Aux" : "aux") + " ");
        s = A_LE.matcher(s).replaceAll(m -> (m.group(1).equals("À") ? "Au" : "au") + " ");
        Matcher m = ELISION.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String rest = s.substring(m.end());
            String word = m.group(1);
            boolean lowerH = !rest.isEmpty() && (rest.charAt(0) == 'h' || rest.charAt(0) == 'H');
            if (lowerH && H_ASPIRE.matcher(rest).lookingAt()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(elided(word) + "'"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "de" → "d", "que" → "qu", "la" → "l", "jusque" → "jusqu". */
    private static String elided(String word) {
        return word.substring(0, word.length() - 1);
    }
}
