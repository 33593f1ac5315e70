package org.iccindex.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The compact edition of {@code src/test/resources/fixtures/mini.yaml}, and small tools to make a broken copy of
 * it and to find the line a message should name.
 */
public final class MiniEdition {
    public static final String FILE = "mini.yaml";

    private MiniEdition() {}

    public static String yaml() {
        try (InputStream in = MiniEdition.class.getResourceAsStream("/fixtures/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("test resource fixtures/" + FILE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mini edition, parsed; fails the calling test if it does not parse cleanly. */
    public static Definition definition() {
        DefinitionResult result = DefinitionParser.parse(FILE, yaml());
        if (!(result instanceof DefinitionResult.Valid valid)) {
            throw new AssertionError("mini.yaml does not parse: " + result.problems());
        }
        return valid.definition();
    }

    /** The mini YAML with the one occurrence of {@code find} replaced (fails if it occurs other than once). */
    public static String yamlWith(String find, String replacement) {
        return replaceOnce(yaml(), find, replacement);
    }

    public static String replaceOnce(String text, String find, String replacement) {
        int at = text.indexOf(find);
        if (at < 0 || text.indexOf(find, at + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one occurrence of: " + find);
        }
        return text.substring(0, at) + replacement + text.substring(at + find.length());
    }

    /** The 1-based number of the one line of {@code text} that contains {@code marker}. */
    public static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                if (found != 0) {
                    throw new IllegalArgumentException("more than one line contains: " + marker);
                }
                found = i + 1;
            }
        }
        if (found == 0) {
            throw new IllegalArgumentException("no line contains: " + marker);
        }
        return found;
    }
}
