package org.iccindex.definition;

import org.iccindex.definition.yaml.DefinitionReader;

/** Reads and validates one edition's YAML text. The single entry point for every definition the system accepts. */
public final class DefinitionParser {
    private DefinitionParser() {}

    /**
     * @param fileName the name to put in messages (e.g. {@code icc-2019.yaml})
     * @param yaml the file's text
     */
    public static DefinitionResult parse(String fileName, String yaml) {
        return new DefinitionReader(fileName).read(yaml);
    }
}
