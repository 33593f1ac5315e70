package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.shared.Problem;

/**
 * Any answers file gives answers or located problems, never an exception. The normal build replays the stored
 * inputs under {@code AnswersReaderFuzzTestsInputs/}; {@code bench/fuzz.sh} fuzzes.
 */
class AnswersReaderFuzzTests {
    private static final Definition DEFINITION =
            EditionCatalog.loadFromClasspath().find("icc-2019").orElseThrow();

    @FuzzTest(maxDuration = "75s")
    void anyAnswersFileGivesAnswersOrLocatedProblems(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        AnswersFile file = AnswersReader.read("answers.json", text, DEFINITION);
        if (file.answers().isEmpty()) {
            assertThat(file.problems()).filteredOn(Problem::isError).isNotEmpty();
        }
        file.problems().forEach(p -> assertThat(p.message()).hasSizeLessThan(1_000));
    }
}
