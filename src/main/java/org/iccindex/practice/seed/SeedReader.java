package org.iccindex.practice.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.LocalizedText;
import org.iccindex.practice.FieldProblem;
import org.iccindex.practice.PracticeContent;
import org.iccindex.practice.PracticeRules;
import org.iccindex.shared.Problems;
import org.iccindex.shared.YamlNode;

/**
 * Reads a seed file of practices. Top level: {@code source}, {@code recorded_on} and {@code synthetic} (defaults for
 * every practice) and {@code practices}, a list of entries with {@code slug}, {@code title}, {@code summary},
 * {@code purpose}, {@code rationale}, {@code process}, {@code results} (each a string in English or
 * {@code {en: ..., fr: ...}}), {@code city}, {@code country}, {@code origin}, {@code period}, {@code areas},
 * {@code links} and optionally their own {@code source} and {@code recorded_on}. Every practice must pass
 * {@link PracticeRules}; a problem names the file, the line and the key.
 */
public final class SeedReader {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP = Set.of("source", "recorded_on", "synthetic", "practices");
    private static final Set<String> ENTRY = Set.of(
            "slug",
            "title",
            "summary",
            "purpose",
            "rationale",
            "process",
            "results",
            "city",
            "country",
            "origin",
            "period",
            "areas",
            "links",
            "source",
            "recorded_on");
    private static final List<String> TEXTS = List.of("title", "summary", "purpose", "rationale", "process", "results");

    private SeedReader() {}

    public static SeedFile read(String fileName, String text, Collection<AreaCode> areas) {
        Problems problems = new Problems(fileName);
        YamlNode root = YamlNode.parse(text, problems);
        List<SeedPractice> practices = new ArrayList<>();
        if (root.isPresent()) {
            root.allowOnly(TOP);
            Optional<String> source = root.get("source").text();
            Optional<LocalDate> recorded = root.get("recorded_on").date();
            boolean synthetic = root.get("synthetic").bool().orElse(false);
            Set<String> slugs = new HashSet<>();
            for (YamlNode entry : root.require("practices").items()) {
                entry.allowOnly(ENTRY);
                read(entry, source, recorded, synthetic, areas, slugs).ifPresent(practices::add);
            }
        }
        return new SeedFile(fileName, problems.hasErrors() ? List.of() : practices, problems.list());
    }

    private static Optional<SeedPractice> read(
            YamlNode entry,
            Optional<String> defaultSource,
            Optional<LocalDate> defaultRecorded,
            boolean synthetic,
            Collection<AreaCode> knownAreas,
            Set<String> slugs) {
        YamlNode slugNode = entry.require("slug");
        Optional<String> slug = slugNode.nonBlankText();
        slug.ifPresent(s -> {
            if (!SLUG.matcher(s).matches() || s.length() > 120) {
                slugNode.error("a slug is lower-case letters and digits joined by '-': '" + s + "'");
            } else if (!slugs.add(s)) {
                slugNode.error("slug '" + s + "' is used twice in this file");
            }
        });
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        for (String field : TEXTS) {
            texts.put(field, text(entry.get(field)));
        }
        List<AreaCode> areas = new ArrayList<>();
        YamlNode areaNode = entry.require("areas");
        for (String code : areaNode.texts()) {
            if (AreaCode.isValid(code)) {
                areas.add(new AreaCode(code));
            } else {
                areaNode.error("not an area code: '" + code + "'");
            }
        }
        Optional<LocalDate> recorded = entry.get("recorded_on").date().or(() -> defaultRecorded);
        if (recorded.isEmpty()) {
            entry.error("recorded_on: give it for the entry or at the top of the file");
        }
        PracticeContent content = new PracticeContent(
                texts.get("title"),
                texts.get("summary"),
                texts.get("purpose"),
                texts.get("rationale"),
                texts.get("process"),
                texts.get("results"),
                entry.get("city").text(),
                entry.get("country").text(),
                entry.get("origin").text(),
                entry.get("period").text(),
                areas,
                entry.get("links").texts(),
                entry.get("source").text().or(() -> defaultSource).orElse(""),
                recorded.orElse(LocalDate.EPOCH),
                synthetic);
        List<FieldProblem> problems = PracticeRules.check(content, knownAreas);
        for (FieldProblem problem : problems) {
            YamlNode at = entry.get(problem.field().replaceAll("_(en|fr)$", ""));
            (at.isPresent() ? at : entry).error(problem.field() + ": " + problem.message());
        }
        return slug.isPresent() && problems.isEmpty()
                ? Optional.of(new SeedPractice(slug.get(), content))
                : Optional.empty();
    }

    private static LocalizedText text(YamlNode node) {
        if (!node.isPresent()) {
            return LocalizedText.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        if (node.isScalar()) {
            node.nonBlankText().ifPresent(t -> texts.put(LocalizedText.FALLBACK, t.trim()));
        } else {
            node.entries()
                    .forEach((language, value) -> value.nonBlankText().ifPresent(t -> texts.put(language, t.trim())));
        }
        return new LocalizedText(texts);
    }
}
