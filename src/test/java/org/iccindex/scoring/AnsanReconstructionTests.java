package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.DefinitionParser;
import org.iccindex.definition.DefinitionResult;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire can express what the 2020 report says Ansan has and lacks: answered from the report's text
 * alone (src/main/resources/demo/answers/ansan-2020.yaml), every published area score, the lens and the aggregate
 * come out as published.
 */
class AnsanReconstructionTests {
    private static final Map<String, Integer> PUBLISHED = Map.ofEntries(
            Map.entry("commitment", 58),
            Map.entry("education", 95),
            Map.entry("neighbourhoods", 88),
            Map.entry("public_services", 94),
            Map.entry("business", 100),
            Map.entry("culture_social", 75),
            Map.entry("public_space", 63),
            Map.entry("mediation", 80),
            Map.entry("language", 59),
            Map.entry("media", 100),
            Map.entry("international", 92),
            Map.entry("intelligence", 80),
            Map.entry("welcoming", 60),
            Map.entry("leadership", 83),
            Map.entry("participation", 45),
            Map.entry("interaction", 100));

    @Test
    void theReconstructedAnswersGiveEveryPublishedFigure() throws IOException {
        Definition definition = ((DefinitionResult.Valid) DefinitionParser.parse(
                        "icc-2019.yaml", Files.readString(Path.of("src/main/resources/definitions/icc-2019.yaml"))))
                .definition();
        AnswersFile file = AnswersReader.read(
                "ansan-2020.yaml",
                Files.readString(Path.of("src/main/resources/demo/answers/ansan-2020.yaml")),
                definition);
        assertThat(file.errors()).isEmpty();
        ScoreCard card = Scorer.score(definition, file.answers().orElseThrow());
        PUBLISHED.forEach(
                (area, published) -> assertThat(Rounding.whole(card.areaScores().get(new AreaCode(area))))
                        .as(area)
                        .isEqualTo(published));
        assertThat(Rounding.whole(card.lens().orElseThrow())).isEqualTo(86);
        assertThat(Rounding.whole(card.aggregate().orElseThrow())).isEqualTo(80);
        // anti-discrimination is not published: the published aggregate of 80 over 17 equal weights admits 79.5-96.5
        assertThat(card.areaScores().get(new AreaCode("anti_discrimination"))).isBetween(79.5, 96.5);
        assertThat(card.missingMandatory()).isEmpty();
    }
}
