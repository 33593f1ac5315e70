package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.iccindex.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever it is given, the parser returns a result with messages; it never throws. */
class DefinitionParserRobustnessTests {
    private static final String FILE = "junk.yaml";

    private static DefinitionResult parse(String text) {
        DefinitionResult[] result = new DefinitionResult[1];
        assertThatCode(() -> result[0] = DefinitionParser.parse(FILE, text)).doesNotThrowAnyException();
        return result[0];
    }

    /** Rejected, with at least one error, every message naming the file. */
    private static List<Problem> rejected(String text) {
        DefinitionResult result = parse(text);
        assertThat(result).isInstanceOf(DefinitionResult.Invalid.class);
        assertThat(result.errors())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo(FILE));
        return result.errors();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "# only a comment\n"})
    void anEmptyFileIsRejected(String text) {
        assertThat(rejected(text)).singleElement().hasToString("junk.yaml:1: the file is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- edition: mini\n- areas: []\n", "just a sentence", "42", "[a, b, c]"})
    void aFileThatIsNotAMappingIsRejected(String text) {
        // the keys are listed in the documented order, the same on every run
        assertThat(rejected(text))
                .singleElement()
                .hasToString(
                        "junk.yaml:1: a definition is a mapping with the keys edition, revision, title, provenance, in_force_from,"
                                + " languages, expect, bands, indicators, areas, questions");
    }

    @Test
    void binaryIsRejectedAtTheLineOfTheFirstControlCharacter() {
        assertThat(rejected("edition: mini\ntitle: \u0000\u0001\u0002\u00ff\n"))
                .singleElement()
                .hasToString("junk.yaml:2: not valid YAML: special characters are not allowed (U+0000)");

        Random random = new Random(7);
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < 4096; i++) {
            bytes.append((char) random.nextInt(256));
        }
        assertThat(rejected(bytes.toString()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"edition: mini\ntitle: \"\\u", "edition: mini\ntitle: \"ab\\U", "edition: \"\\x"})
    void aQuotedTextCutShortInsideAnEscapeIsALocatedProblem(String text) {
        // with no hex digit at all after the escape, SnakeYAML throws a bare NumberFormatException (found by fuzzing)
        int lastLine = (int) text.lines().count();
        assertThat(rejected(text))
                .singleElement()
                .hasToString("junk.yaml:" + lastLine
                        + ": not valid YAML: a quoted text ends inside an escape such as \\x, \\u or \\U");
    }

    @Test
    void deeplyNestedJunkIsRejectedWithoutExhaustingTheStack() {
        String flow = "[".repeat(20_000) + "]".repeat(20_000);
        StringBuilder block = new StringBuilder();
        for (int depth = 0; depth < 2_000; depth++) {
            block.append(" ".repeat(depth)).append("k").append(depth).append(":\n");
        }

        assertThat(rejected(flow))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid YAML"));
        assertThat(rejected(block.toString()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid YAML"));
    }

    @Test
    void aliasBombsAreRejected() {
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";

        assertThat(rejected(laughs)).isNotEmpty();
    }

    @Test
    void everyKeyOfTheWrongShapeIsReportedAndNothingThrows() {
        String text = "edition: [1, 2]\ntitle: {a: [b]}\nin_force_from: [x]\nlanguages: {en: 1}\nexpect: []\n"
                + "bands: 7\nindicators: {x: y}\nareas: 5\nquestions: q\n";

        List<Problem> errors = rejected(text);

        assertThat(errors)
                .extracting(Problem::toString)
                .contains(
                        "junk.yaml:1: edition: expected a single value",
                        "junk.yaml:3: in_force_from: expected a single value",
                        "junk.yaml:4: languages: expected a list",
                        "junk.yaml:8: areas: expected a list",
                        "junk.yaml:9: questions: expected a list");
    }

    @Test
    void aMissingSectionIsReportedOnce() {
        String withoutBands = MiniEdition.yaml().replaceAll("(?s)bands:\n.*?indicators:\n", "indicators:\n");

        // one message, though both axes read the section
        assertThat(rejected(withoutBands))
                .extracting(Problem::toString)
                .containsOnlyOnce("junk.yaml:2: bands: missing (required)");
    }

    @Test
    void otherYamlTrapsAreRejected() {
        assertThat(rejected("edition: mini\nedition: other\n"))
                .extracting(Problem::toString)
                .contains("junk.yaml:2: edition: duplicate key");
        assertThat(rejected("edition: mini\n---\nedition: other\n"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid YAML"));
        assertThat(rejected("edition: !!python/object:os.system echo\n"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid YAML"));
        assertThat(rejected("? [a, b]\n: c\n")).extracting(Problem::key).contains("?");
    }

    /**
     * The mini edition broken in thousands of ways: every line removed in turn, cut after every line, every pair of
     * neighbouring lines swapped, and random edits with YAML's special characters (fixed seed).
     */
    @Test
    void mutilatedDefinitionsNeverThrow() {
        String mini = MiniEdition.yaml();
        List<String> lines = Arrays.asList(mini.split("\n", -1));
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> without = new ArrayList<>(lines);
            without.remove(i);
            variants.add(String.join("\n", without));
            variants.add(String.join("\n", lines.subList(0, i)));
            if (i + 1 < lines.size()) {
                List<String> swapped = new ArrayList<>(lines);
                java.util.Collections.swap(swapped, i, i + 1);
                variants.add(String.join("\n", swapped));
            }
        }
        Random random = new Random(2024);
        String alphabet = "-:[]{}?,\"' #&*!|>%@`\n\t0123456789abcxyz";
        for (int k = 0; k < 800; k++) {
            StringBuilder text = new StringBuilder(mini);
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.deleteCharAt(at);
                    default -> text.insert(at, c);
                }
            }
            variants.add(text.toString());
        }

        for (String variant : variants) {
            DefinitionResult result = parse(variant);
            assertThat(result).isNotNull();
            if (result instanceof DefinitionResult.Invalid) {
                assertThat(result.errors()).as(variant).isNotEmpty();
            }
            assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(FILE));
        }
    }

    @Test
    void valuesOfEveryWrongKindNeverThrow() {
        String[] values = {"-1", "x", "[a]", "{a: b}", "~", "99999999999"};
        String[] lines = MiniEdition.yaml().split("\n");
        for (int i = 0; i < lines.length; i++) {
            int colon = lines[i].indexOf(": ");
            if (colon < 0 || lines[i].trim().startsWith("#")) {
                continue;
            }
            for (String value : values) {
                String[] copy = lines.clone();
                copy[i] = lines[i].substring(0, colon + 2) + value;
                parse(String.join("\n", copy));
            }
        }
    }
}
