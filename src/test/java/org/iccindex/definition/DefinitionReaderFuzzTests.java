package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.iccindex.shared.Problem;

/** Any definition text gives a definition or located problems, never an exception. */
class DefinitionReaderFuzzTests {
    @FuzzTest(maxDuration = "75s")
    void anyDefinitionGivesADefinitionOrLocatedProblems(byte[] input) {
        DefinitionResult result = DefinitionParser.parse("fuzz.yaml", new String(input, StandardCharsets.UTF_8));
        if (result instanceof DefinitionResult.Invalid) {
            assertThat(result.problems()).filteredOn(Problem::isError).isNotEmpty();
        }
        result.problems().forEach(p -> assertThat(p.file()).isEqualTo("fuzz.yaml"));
    }
}
