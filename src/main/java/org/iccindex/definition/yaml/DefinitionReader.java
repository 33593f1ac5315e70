package org.iccindex.definition.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.BandScheme;
import org.iccindex.definition.Definition;
import org.iccindex.definition.DefinitionResult;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.Indicator;
import org.iccindex.definition.LocalizedText;
import org.iccindex.definition.ProfileFact;
import org.iccindex.shared.Problems;
import org.iccindex.shared.YamlNode;

/** Reads one definition file: structure here, cross-checks in {@link DefinitionChecks}. */
public final class DefinitionReader {
    /** In the order of docs/definition-format.md, so that messages listing them read the same on every run. */
    private static final List<String> TOP_KEYS = List.of(
            "edition",
            "revision",
            "title",
            "provenance",
            "in_force_from",
            "languages",
            "expect",
            "bands",
            "indicators",
            "areas",
            "questions");

    private static final Set<String> INDICATOR_KEYS = Set.of("code", "name", "composite", "areas");
    private static final Set<String> AREA_KEYS =
            Set.of("code", "name", "scored", "weight", "introduced", "description", "continues");

    private final Problems problems;

    public DefinitionReader(String fileName) {
        this.problems = new Problems(fileName);
    }

    /**
     * The largest definition read: 2 MB (2,097,152 characters), sixteen times the 2019 edition. A larger file is
     * refused before it is parsed, so that validating never takes long (docs/definition-format.md).
     */
    public static final int MAX_CHARACTERS = 2 * 1024 * 1024;

    public DefinitionResult read(String yaml) {
        if (yaml.length() > MAX_CHARACTERS) {
            problems.error(
                    0,
                    "",
                    "the file has " + yaml.length() + " characters; a definition has at most " + MAX_CHARACTERS
                            + " (2 MB)");
            return new DefinitionResult.Invalid(problems.list());
        }
        YamlNode root = YamlNode.parse(yaml, problems);
        if (!root.isPresent()) {
            return new DefinitionResult.Invalid(problems.list());
        }
        if (!root.isMapping()) {
            root.error("a definition is a mapping with the keys " + String.join(", ", TOP_KEYS));
            return new DefinitionResult.Invalid(problems.list());
        }
        root.allowOnly(Set.copyOf(TOP_KEYS));
        Optional<String> editionText = root.require("edition").nonBlankText();
        editionText
                .filter(e -> !EditionId.isValid(e))
                .ifPresent(e -> root.get("edition").error("must be lower-case letters, digits and '-', e.g. icc-2019"));
        List<String> languages = readLanguages(root.require("languages"));
        TextReader texts = new TextReader(languages);
        LocalizedText title = texts.required(root, "title");
        LocalizedText provenance = texts.optional(root, "provenance");
        Optional<LocalDate> inForceFrom = root.require("in_force_from").date();
        YamlNode revisionNode = root.get("revision");
        Optional<Integer> revision = revisionNode.integer();
        revision.filter(r -> r < 2)
                .ifPresent(r -> revisionNode.error("a revision number starts at 2 (the edition as first published is"
                        + " revision 1), found " + r));
        YamlNode bands = root.require("bands");
        bands.allowOnly(Set.of("population", "foreign_born"));
        BandScheme population = readBands(bands, "population", BandAxis.POPULATION);
        BandScheme foreignBorn = readBands(bands, "foreign_born", BandAxis.FOREIGN_BORN);
        Map<String, YamlNode> indicatorNodes = new LinkedHashMap<>();
        List<Indicator> indicators = readIndicators(root.require("indicators"), texts, indicatorNodes);
        Map<AreaCode, YamlNode> areaNodes = new LinkedHashMap<>();
        List<Area> areas = readAreas(root.require("areas"), texts, areaNodes);
        QuestionReader questionReader = new QuestionReader(texts);
        List<QuestionReader.Read> questions = new ArrayList<>();
        for (YamlNode node : root.require("questions").items()) {
            questionReader.read(node).ifPresent(questions::add);
        }
        new DefinitionChecks(indicators, indicatorNodes, areas, areaNodes, questions).check(root.require("expect"));
        if (problems.hasErrors() || editionText.isEmpty() || inForceFrom.isEmpty()) {
            return new DefinitionResult.Invalid(problems.list());
        }
        Definition definition = new Definition(
                new EditionId(editionText.get()),
                title,
                inForceFrom.get(),
                languages,
                indicators,
                areas,
                questions.stream().map(QuestionReader.Read::question).toList(),
                population,
                foreignBorn,
                provenance);
        if (revision.isPresent()) {
            definition = definition.asRevision(revision.get());
        }
        return new DefinitionResult.Valid(definition, problems.list());
    }

    private List<String> readLanguages(YamlNode node) {
        List<String> languages = node.texts();
        if (node.isPresent() && !languages.contains(LocalizedText.FALLBACK)) {
            node.error("must include en (English is required)");
        }
        return languages;
    }

    private BandScheme readBands(YamlNode bands, String key, BandAxis axis) {
        YamlNode node = bands.require(key);
        node.allowOnly(Set.of("edges", "facts"));
        List<BigDecimal> edges = new ArrayList<>();
        for (YamlNode edge : node.require("edges").items()) {
            edge.decimal().ifPresent(value -> {
                if (value.signum() <= 0) {
                    edge.error("band edges must be positive");
                } else if (!edges.isEmpty() && value.compareTo(edges.get(edges.size() - 1)) <= 0) {
                    edge.error("band edges must ascend");
                } else if (axis == BandAxis.FOREIGN_BORN && value.compareTo(BigDecimal.valueOf(100)) >= 0) {
                    edge.error("a foreign-born share edge is a percentage below 100");
                } else {
                    edges.add(value);
                }
            });
        }
        List<ProfileFact> facts = new ArrayList<>();
        YamlNode factsNode = node.require("facts");
        for (String fact : factsNode.texts()) {
            ProfileFact.byKey(fact)
                    .ifPresentOrElse(facts::add, () -> factsNode.error("unknown profile fact '" + fact + "'"));
        }
        return new BandScheme(axis, edges, facts);
    }

    private List<Indicator> readIndicators(YamlNode list, TextReader texts, Map<String, YamlNode> nodes) {
        List<Indicator> indicators = new ArrayList<>();
        for (YamlNode item : list.items()) {
            Optional<String> code = item.require("code").nonBlankText();
            YamlNode node = code.map(c -> item.relabel("indicators[" + c + "]")).orElse(item);
            node.allowOnly(INDICATOR_KEYS);
            LocalizedText name = texts.required(node, "name");
            boolean composite = node.get("composite").bool().orElse(false);
            List<AreaCode> areas = new ArrayList<>();
            YamlNode areasNode = node.require("areas");
            for (String area : areasNode.texts()) {
                if (AreaCode.isValid(area)) {
                    areas.add(new AreaCode(area));
                } else {
                    areasNode.error("'" + area + "' is not an area code");
                }
            }
            if (code.isPresent()) {
                if (nodes.containsKey(code.get())) {
                    node.error("duplicate indicator code '" + code.get() + "'");
                } else {
                    nodes.put(code.get(), node);
                    indicators.add(new Indicator(code.get(), name, composite, areas));
                }
            }
        }
        return indicators;
    }

    private List<Area> readAreas(YamlNode list, TextReader texts, Map<AreaCode, YamlNode> nodes) {
        List<Area> areas = new ArrayList<>();
        for (YamlNode item : list.items()) {
            Optional<String> code = item.require("code").nonBlankText();
            code.filter(c -> !AreaCode.isValid(c))
                    .ifPresent(c -> item.get("code").error("must be lower-case letters and '_'"));
            YamlNode node = code.map(c -> item.relabel("areas[" + c + "]")).orElse(item);
            node.allowOnly(AREA_KEYS);
            LocalizedText name = texts.required(node, "name");
            boolean scored = node.get("scored").bool().orElse(true);
            BigDecimal weight = node.get("weight").decimal().orElse(BigDecimal.ONE);
            if (scored && weight.signum() <= 0) {
                node.get("weight")
                        .error("the weight of a scored area must be greater than 0, found " + weight.toPlainString());
                weight = BigDecimal.ONE;
            }
            LocalDate introduced = node.get("introduced").date().orElse(null);
            LocalizedText description = texts.optional(node, "description");
            List<AreaCode> continues = new ArrayList<>();
            for (String earlier : node.get("continues").texts()) {
                if (AreaCode.isValid(earlier)) {
                    continues.add(new AreaCode(earlier));
                } else {
                    node.get("continues").error("'" + earlier + "' is not an area code");
                }
            }
            if (code.isPresent() && AreaCode.isValid(code.get())) {
                AreaCode areaCode = new AreaCode(code.get());
                if (nodes.containsKey(areaCode)) {
                    node.error("duplicate area code '" + areaCode + "'");
                } else {
                    nodes.put(areaCode, node);
                    areas.add(new Area(areaCode, name, scored, weight, introduced, description, continues));
                }
            }
        }
        return areas;
    }
}
