package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exported ICC 2019 definition is compared with a reviewed copy, so that any change of questions, points,
 * weights or method shows up as a deliberate diff. After an intended change, regenerate the copy with
 * {@code ./mvnw test -Dtest=DefinitionExportGoldenTests -Dgolden.update=true} and review the diff.
 */
class DefinitionExportGoldenTests {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/icc-2019.export.json");

    @Test
    void theExportOfIcc2019MatchesTheReviewedCopy() throws IOException {
        Definition definition = ShippedDefinitionsTests.load("icc-2019");
        String export = JsonMapper.builder()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .build()
                        .writeValueAsString(DefinitionExport.toMap(definition))
                + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, export, StandardCharsets.UTF_8);
        }
        assertThat(export).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
