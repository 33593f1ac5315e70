package org.iccindex.shared;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A YAML (or JSON) node that knows its key path and line, and reports type errors to a {@link Problems}
 * collector instead of throwing. Scalars are read from their source text, so {@code yes} stays the string
 * "yes" whatever YAML 1.1 thinks of it.
 */
public final class YamlNode {
    /** Longest scalar read as a number: parsing is not worth more, and digits beyond it are never meaningful. */
    private static final int MAX_NUMBER_TEXT = 64;

    private final Node node;
    private final String path;
    /**
     * The line messages about this node name: the key's line for a value reached by its key (a block list or
     * mapping starts on the line after its key), the item's own line for a list item.
     */
    private final int line;

    private final Problems problems;

    private YamlNode(Node node, String path, int line, Problems problems) {
        this.node = node;
        this.path = path;
        this.line = line;
        this.problems = problems;
    }

    /** Parses {@code text}; on a syntax error records it and returns an absent node. */
    public static YamlNode parse(String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by entries() with their line instead
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(20 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.error(1, "", "the file is empty");
                return new YamlNode(null, "", 1, problems);
            }
            return new YamlNode(root, "", line(root), problems);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            problems.error(line, "", "not valid YAML: " + e.getProblem());
            return new YamlNode(null, "", line, problems);
        } catch (ReaderException e) {
            int line = lineAt(text, e.getPosition());
            problems.error(line, "", String.format("not valid YAML: %s (U+%04X)", e.getMessage(), e.getCodePoint()));
            return new YamlNode(null, "", line, problems);
        } catch (YAMLException e) {
            problems.error(0, "", "not valid YAML: " + e.getMessage());
            return new YamlNode(null, "", 0, problems);
        } catch (NumberFormatException e) {
            // SnakeYAML parses the hex digits of a hex escape without checking that any follow: a quoted text cut
            // short inside such an escape ends here, at the line of the file's last backslash
            int line = lineAt(text, text.codePointCount(0, Math.max(0, text.lastIndexOf('\\'))));
            problems.error(line, "", "not valid YAML: a quoted text ends inside an escape such as \\x, \\u or \\U");
            return new YamlNode(null, "", line, problems);
        }
    }

    /** The 1-based line of the {@code position}-th code point of {@code text}. */
    private static int lineAt(String text, int position) {
        int line = 1;
        int index = 0;
        for (int i = 0; i < position && index < text.length(); i++) {
            if (text.charAt(index) == '\n') {
                line++;
            }
            index = text.offsetByCodePoints(index, 1);
        }
        return line;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public int line() {
        return line;
    }

    public String path() {
        return path;
    }

    public boolean isPresent() {
        return node != null;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The same node under another path label, e.g. {@code questions[commitment.strategy]} for {@code questions[3]}. */
    public YamlNode relabel(String newPath) {
        return new YamlNode(node, newPath, line, problems);
    }

    public void error(String message) {
        problems.error(line(), path, message);
    }

    public void warning(String message) {
        problems.warning(line(), path, message);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Entries of a mapping in file order; reports a non-mapping or a duplicate key. */
    public Map<String, YamlNode> entries() {
        Map<String, YamlNode> result = new LinkedHashMap<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof MappingNode mapping)) {
            error("expected a mapping of keys to values");
            return result;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            YamlNode value = new YamlNode(tuple.getValueNode(), child(key), line(tuple.getKeyNode()), problems);
            if (result.containsKey(key)) {
                problems.error(line(tuple.getKeyNode()), child(key), "duplicate key");
            } else {
                result.put(key, value);
            }
        }
        return result;
    }

    /** Reports every key of this mapping that is not in {@code allowed}. */
    public void allowOnly(Set<String> allowed) {
        for (Map.Entry<String, YamlNode> entry : entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problems.error(
                        entry.getValue().line(),
                        entry.getValue().path,
                        "unknown key (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** The value under {@code key}, absent if there is none (no problem reported). */
    public YamlNode get(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar
                        && scalar.getValue().equals(key)) {
                    return new YamlNode(tuple.getValueNode(), child(key), line(tuple.getKeyNode()), problems);
                }
            }
        }
        return new YamlNode(null, child(key), line(), problems);
    }

    /** The value under {@code key}, reporting "missing" when there is none. */
    public YamlNode require(String key) {
        YamlNode value = get(key);
        if (!value.isPresent() && node != null) {
            problems.error(line(), value.path, "missing (required)");
        }
        return value;
    }

    /** Items of a sequence, each labelled {@code path[i]}; reports a non-sequence. */
    public List<YamlNode> items() {
        List<YamlNode> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof SequenceNode sequence)) {
            error("expected a list");
            return result;
        }
        int i = 0;
        for (Node item : sequence.getValue()) {
            result.add(new YamlNode(item, path + "[" + i++ + "]", line(item), problems));
        }
        return result;
    }

    /** The scalar's text; reports a list or mapping where a single value was expected. */
    public Optional<String> text() {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            error("expected a single value");
            return Optional.empty();
        }
        if (scalar.getTag().getValue().endsWith(":null") && scalar.getValue().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    public Optional<String> nonBlankText() {
        Optional<String> text = text();
        if (text.isPresent() && text.get().isBlank()) {
            error("must not be empty");
            return Optional.empty();
        }
        return text;
    }

    public Optional<BigDecimal> decimal() {
        return text().flatMap(t -> {
            if (t.length() > MAX_NUMBER_TEXT) {
                error("expected a number, found a value of " + t.length() + " characters");
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(t.trim().replace("_", "")));
            } catch (NumberFormatException e) {
                error("expected a number, found '" + t + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<Integer> integer() {
        return text().flatMap(t -> {
            try {
                return Optional.of(Integer.parseInt(t.trim().replace("_", "")));
            } catch (NumberFormatException e) {
                error("expected a whole number, found '" + t + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> bool() {
        return text().flatMap(t -> switch (t.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> Optional.of(Boolean.TRUE);
            case "false", "no" -> Optional.of(Boolean.FALSE);
            default -> {
                error("expected true or false, found '" + t + "'");
                yield Optional.empty();
            }
        });
    }

    public Optional<LocalDate> date() {
        return text().flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t.trim()));
            } catch (DateTimeParseException e) {
                error("expected a date YYYY-MM-DD, found '" + t + "'");
                return Optional.empty();
            }
        });
    }

    /** A list of scalars, or a single scalar taken as a one-item list. */
    public List<String> texts() {
        if (node instanceof ScalarNode) {
            return text().map(List::of).orElse(List.of());
        }
        return items().stream().flatMap(item -> item.text().stream()).toList();
    }
}
