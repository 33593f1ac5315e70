package org.iccindex.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iccindex.IccIndexApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editing a weight of icc-2019.yaml under a database with computed results stops the start with a message naming
 * the edition and the results concerned; declaring the file a new revision lets it start.
 */
class ScoringChecksumGuardIntegrationTests {
    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(Path definitions) {
        // arguments, not default properties: they must win over application.properties
        return new SpringApplicationBuilder(IccIndexApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--icc.demo.enabled=true",
                        "--icc.edition.definitions=file:" + definitions + "/*.yaml",
                        "--spring.jmx.enabled=false");
    }

    private static String shipped(String file) throws IOException {
        try (InputStream in = ScoringChecksumGuardIntegrationTests.class.getResourceAsStream("/definitions/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aChangedWeightStopsTheStartUnlessTheFileDeclaresARevision() throws IOException {
        Path definitions = Files.createDirectories(dir.resolve("definitions"));
        String icc2019 = shipped("icc-2019.yaml");
        Files.writeString(definitions.resolve("icc-2011.yaml"), shipped("icc-2011.yaml"));
        Files.writeString(definitions.resolve("icc-2019.yaml"), icc2019);
        try (ConfigurableApplicationContext first = start(definitions)) {
            int computed = first.getBean(JdbcClient.class)
                    .sql("select count(*) from result_computed rc join result r on r.id = rc.result_id"
                            + " where r.edition_id = 'icc-2019'")
                    .query(Integer.class)
                    .single();
            assertThat(computed)
                    .as("the demo publishes rounds scored under icc-2019")
                    .isPositive();
        }

        String commitment = "  - code: commitment\n";
        int at = icc2019.indexOf("    weight: 1\n", icc2019.indexOf(commitment));
        // commitment weighs 2 instead of 1, and the declared total follows so that the file itself stays valid
        String edited = (icc2019.substring(0, at) + "    weight: 2\n"
                        + icc2019.substring(at + "    weight: 1\n".length()))
                .replace("total_weight: 17", "total_weight: 18");
        Files.writeString(definitions.resolve("icc-2019.yaml"), edited);
        Throwable refused = catchThrowable(() -> start(definitions).close());
        assertThat(refused).isNotNull();
        Throwable cause = refused;
        while (cause.getCause() != null && !(cause instanceof ScoringChecksumGuard.ScoringChangedException)) {
            cause = cause.getCause();
        }
        assertThat(cause)
                .isInstanceOf(ScoringChecksumGuard.ScoringChangedException.class)
                .hasMessageStartingWith("edition icc-2019: the scoring of its definition")
                .hasMessageContaining("differs from the one recorded with the computed results of")
                .hasMessageContaining("revision: N")
                .hasMessageMatching("(?s).*computed results of [a-z0-9-]+ \\d{4}.*");

        Files.writeString(
                definitions.resolve("icc-2019.yaml"),
                edited.replace("edition: icc-2019\n", "edition: icc-2019\nrevision: 2\n"));
        try (ConfigurableApplicationContext third = start(definitions)) {
            assertThat(third.isActive()).isTrue();
        }
    }
}
