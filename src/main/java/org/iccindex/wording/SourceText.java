package org.iccindex.wording;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result's source as a reader is shown it. The source is stored with the result as English text: the ones the
 * application writes itself follow known patterns and are said in the reader's language; any other (a citation of a
 * published report, an address) is shown as stored, and {@code language} then says it is English, so that a page
 * marks it {@code lang="en"}.
 *
 * @param text the source to show
 * @param language empty when the text is in the reader's language, else the language it is in ("en")
 */
public record SourceText(String text, String language) {
    /** The sources the application writes, each with the wording key that says it in any language. */
    private static final List<Known> KNOWN = List.of(
            new Known(
                    Pattern.compile(
                            "computed from the answers of the city's round (\\d{4}), validated and published by the"
                                    + " programme"),
                    "source.computed.round"),
            new Known(
                    Pattern.compile("computed from the answers reconstructed from the published report"),
                    "source.computed.reconstructed"),
            new Known(Pattern.compile("synthetic demo data \\(seed (-?\\d+)\\)"), "source.synthetic"));

    private record Known(Pattern pattern, String key) {}

    public SourceText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    /** The stored source {@code stored} for a reader of {@code wording}'s language. */
    public static SourceText of(String stored, Wording wording) {
        String text = stored == null ? "" : stored.strip();
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(text);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return new SourceText(wording.text(known.key(), groups), "");
            }
        }
        boolean english = text.isEmpty() || wording.locale().getLanguage().equals("en");
        return new SourceText(text, english ? "" : "en");
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
