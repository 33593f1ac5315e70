package org.iccindex.assessment;

import java.util.function.Function;
import org.iccindex.definition.Option;

/**
 * The words shown for an option, on the pages and in the workbook alike: its label in the language, else for the
 * yes/no options (which the definition may leave unlabelled) the fixed word, else its code.
 */
public final class OptionLabels {
    private OptionLabels() {}

    /** @param yesNo the fixed word for "yes" or "no" in the language */
    public static String label(Option option, String language, Function<String, String> yesNo) {
        String label = option.label().in(language);
        if (label.isEmpty() && (option.code().equals("yes") || option.code().equals("no"))) {
            return yesNo.apply(option.code());
        }
        return label.isEmpty() ? option.code() : label;
    }
}
