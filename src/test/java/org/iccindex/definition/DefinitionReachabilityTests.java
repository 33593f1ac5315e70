package org.iccindex.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every area score published for an edition (in the demo's own published-results.csv) is a score that some answers
 * to that edition's definition can give: computed from the definition alone, over every option, subset, threshold
 * and "not applicable".
 */
class DefinitionReachabilityTests {
    private static final Path PUBLISHED = Path.of("src/main/resources/demo/published-results.csv");

    /** Figures filed under an edition that its reconstructed questionnaire cannot reach, with the reason. */
    private static final Map<String, String> KNOWN_UNREACHABLE = Map.of(
            "Paris 2017 commitment",
            "icc-2011 is a simplified questionnaire reconstructed without any report of that edition to draw on"
                    + " (3 commitment questions, 5 points: multiples of 20); no source says what Paris has or lacks"
                    + " in commitment, so a finer point scheme would be fitted to this one figure alone");

    @Test
    void everyPublishedIcc2019AreaScoreIsReachable() throws IOException {
        assertThat(unreachable("icc-2019")).isEmpty();
    }

    @Test
    void everyPublishedIcc2011AreaScoreIsReachable() throws IOException {
        assertThat(unreachable("icc-2011")).isEmpty();
    }

    @Test
    void aSmallAreaReachesOnlyItsFractions() {
        Definition mini = MiniEdition.definition();
        SortedSet<Integer> commitment = AreaReachability.reachableScores(mini, new AreaCode("commitment"));
        // statement 0|2 + strategy 0|1|3 + consultation 0..4 (1+1+2): every total from 0 to 9 of 9 points
        assertThat(commitment).contains(0, 11, 22, 33, 44, 56, 67, 78, 89, 100).hasSize(10);
        assertThat(AreaReachability.nearest(commitment, 50)).containsExactly(44, 56);
        assertThat(AreaReachability.nearest(commitment, 56)).containsExactly(56);
    }

    private static List<String> unreachable(String edition) throws IOException {
        Definition definition = ShippedDefinitionsTests.load(edition);
        List<String> problems = new ArrayList<>();
        try (var reader = Files.newBufferedReader(PUBLISHED, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                if (!row.get("edition").equals(edition)) {
                    continue;
                }
                for (Area area : definition.scoredAreas()) {
                    String column = area.code().value();
                    if (!row.isMapped(column) || row.get(column).isBlank()) {
                        continue;
                    }
                    int published = Integer.parseInt(row.get(column).trim());
                    String key = row.get("city") + " " + row.get("round") + " " + column;
                    SortedSet<Integer> reachable = AreaReachability.reachableScores(definition, area.code());
                    if (!reachable.contains(published) && !KNOWN_UNREACHABLE.containsKey(key)) {
                        problems.add(key + " = " + published + " is not reachable in " + edition
                                + "; nearest reachable: " + AreaReachability.nearest(reachable, published));
                    }
                }
            }
        }
        return problems;
    }
}
