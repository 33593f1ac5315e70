package org.iccindex.practice.web;

import java.util.Locale;
import org.iccindex.practice.PracticeVersion;
import org.springframework.context.MessageSource;

/** Who changed a practice, as pages name them: a person by name, a seed file in the page's language. */
final class Authors {
    private Authors() {}

    static String name(String changedBy, MessageSource messages, Locale locale) {
        return PracticeVersion.seedFile(changedBy)
                .map(file -> messages.getMessage("practice.history.seed", new Object[] {file}, locale))
                .orElse(changedBy);
    }
}
