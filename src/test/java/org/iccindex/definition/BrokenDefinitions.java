package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iccindex.definition.MiniEdition.FILE;
import static org.iccindex.definition.MiniEdition.lineOf;

import java.util.List;
import org.iccindex.shared.Problem;

/**
 * Assertions on broken copies of the mini edition. A broken copy marks the line the message must name with the YAML
 * comment {@value #HERE}; an assertion checks the file, that line, the key path and the gist of the message, as an
 * author reading {@code file:line: key: message} would.
 */
final class BrokenDefinitions {
    private BrokenDefinitions() {}

    static final String HERE = "#<-";

    /** The errors of {@code yaml}, after checking that it is rejected. */
    static List<Problem> errorsOf(String yaml) {
        DefinitionResult result = DefinitionParser.parse(FILE, yaml);
        assertThat(result).as("%s", result.problems()).isInstanceOf(DefinitionResult.Invalid.class);
        return result.errors();
    }

    /** Asserts that {@code yaml} is rejected with, among others, this error on the line marked {@value #HERE}. */
    static void assertError(String yaml, String key, String gist) {
        int line = lineOf(yaml, HERE);
        assertThat(errorsOf(yaml)).anySatisfy(error -> assertLocated(error, line, key, gist));
    }

    /** As {@link #assertError}, and no other error. */
    static void assertOnlyError(String yaml, String key, String gist) {
        int line = lineOf(yaml, HERE);
        assertThat(errorsOf(yaml)).singleElement().satisfies(error -> assertLocated(error, line, key, gist));
    }

    static void assertLocated(Problem error, int line, String key, String gist) {
        assertThat(error.file()).isEqualTo(FILE);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.key()).isEqualTo(key);
        assertThat(error.message()).contains(gist);
        String where =
                FILE + ":" + line + ": " + (error.isError() ? "" : "warning: ") + (key.isEmpty() ? "" : key + ": ");
        assertThat(error.toString()).startsWith(where);
    }
}
