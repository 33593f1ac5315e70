package org.iccindex.edition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.Definition;
import org.iccindex.definition.DefinitionParser;
import org.iccindex.definition.DefinitionResult;
import org.iccindex.definition.EditionId;
import org.iccindex.shared.Problem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The validated definitions shipped with the application, by edition. */
public final class EditionCatalog {
    private final Map<EditionId, Definition> definitions;
    private final Map<EditionId, String> sources;

    private EditionCatalog(Map<EditionId, Definition> definitions, Map<EditionId, String> sources) {
        this.definitions = definitions;
        this.sources = sources;
    }

    /** Where the definitions are read from unless configured otherwise ({@code icc.edition.definitions}). */
    public static final String DEFAULT_LOCATION = "classpath*:definitions/*.yaml";

    /** Loads every {@code definitions/*.yaml} on the classpath; throws with every problem if one is invalid. */
    public static EditionCatalog loadFromClasspath() {
        return load(DEFAULT_LOCATION);
    }

    /** Loads every definition file a resource pattern finds, e.g. {@code file:/srv/icc/definitions/*.yaml}. */
    public static EditionCatalog load(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            Map<EditionId, Definition> definitions = new LinkedHashMap<>();
            Map<EditionId, String> sources = new LinkedHashMap<>();
            for (Resource resource : resources) {
                String text;
                try (InputStream in = resource.getInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                DefinitionResult result = DefinitionParser.parse(resource.getFilename(), text);
                if (result instanceof DefinitionResult.Valid valid) {
                    definitions.put(valid.definition().edition(), valid.definition());
                    sources.put(valid.definition().edition(), text);
                } else {
                    throw new InvalidDefinitionException(result.errors());
                }
            }
            return new EditionCatalog(definitions, sources);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the definitions at " + location, e);
        }
    }

    public Optional<Definition> find(EditionId edition) {
        return Optional.ofNullable(definitions.get(edition));
    }

    public Optional<Definition> find(String edition) {
        return EditionId.isValid(edition) ? find(new EditionId(edition)) : Optional.empty();
    }

    public Definition get(EditionId edition) {
        return find(edition).orElseThrow(() -> new IllegalArgumentException("unknown edition " + edition));
    }

    public Collection<Definition> all() {
        return definitions.values();
    }

    /** The edition most recently in force: the default for benchmarks and new rounds. */
    public Definition current() {
        return definitions.values().stream()
                .max(Comparator.comparing(Definition::inForceFrom))
                .orElseThrow(() -> new IllegalStateException("no definition on the classpath"));
    }

    /** The file text a definition was read from. */
    public String source(EditionId edition) {
        return sources.get(edition);
    }

    /** A definition file on the classpath was rejected; the message lists every problem. */
    public static final class InvalidDefinitionException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<Problem> problems;

        InvalidDefinitionException(List<Problem> problems) {
            super("invalid index definition:\n  "
                    + String.join(
                            "\n  ", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
