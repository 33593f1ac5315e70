package org.iccindex.definition.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iccindex.definition.LocalizedText;
import org.iccindex.shared.YamlNode;

/** Reads texts given per language ({@code {en: ..., fr: ...}}); a plain string is taken as English. */
final class TextReader {
    private final List<String> languages;

    TextReader(List<String> languages) {
        this.languages = languages;
    }

    LocalizedText required(YamlNode parent, String key) {
        YamlNode node = parent.require(key);
        return node.isPresent() ? read(node) : LocalizedText.empty();
    }

    LocalizedText optional(YamlNode parent, String key) {
        YamlNode node = parent.get(key);
        return node.isPresent() ? read(node) : LocalizedText.empty();
    }

    private LocalizedText read(YamlNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node.isScalar()) {
            node.nonBlankText().ifPresent(t -> texts.put(LocalizedText.FALLBACK, t));
        } else {
            node.entries().forEach((language, value) -> {
                if (!languages.isEmpty() && !languages.contains(language)) {
                    value.error("language '" + language + "' is not among the edition's languages " + languages);
                }
                value.nonBlankText().ifPresent(t -> texts.put(language, t));
            });
        }
        if (!texts.containsKey(LocalizedText.FALLBACK)) {
            node.error("the English text (en) is required");
        }
        List<String> missing = languages.stream()
                .filter(l -> !texts.containsKey(l))
                .filter(l -> !l.equals(LocalizedText.FALLBACK))
                .toList();
        if (!missing.isEmpty() && texts.containsKey(LocalizedText.FALLBACK)) {
            node.warning("no translation in " + String.join(", ", missing) + " (English is shown instead)");
        }
        return new LocalizedText(texts);
    }
}
