package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.BandScheme;
import org.iccindex.definition.DataKind;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.Indicator;
import org.iccindex.definition.LocalizedText;
import org.iccindex.definition.NotApplicableRule;
import org.iccindex.definition.Option;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.support.Icc2019Areas;
import org.junit.jupiter.api.Test;

/**
 * Ansan's 2020 report: sixteen published area scores (anti-discrimination is not given), the lens 86 and the
 * aggregate 80. The method reproduces both published figures from the area scores. The definition is a 17-area
 * stand-in for the 2019 edition built here, each area with one question worth 0 to 100 points, so that a city can
 * earn exactly its published area score.
 */
class AnsanPublishedScoresTests {
    private static final List<String> LENS = Icc2019Areas.LENS;
    private static final List<String> AREAS = Icc2019Areas.ALL;
    private static final Definition EDITION = seventeenAreas();

    /** Ansan 2020 as published; anti_discrimination is absent. */
    private static Map<AreaCode, Double> ansan() {
        Map<AreaCode, Double> scores = new LinkedHashMap<>();
        scores.put(new AreaCode("commitment"), 58.0);
        scores.put(new AreaCode("education"), 95.0);
        scores.put(new AreaCode("neighbourhoods"), 88.0);
        scores.put(new AreaCode("public_services"), 94.0);
        scores.put(new AreaCode("business"), 100.0);
        scores.put(new AreaCode("culture_social"), 75.0);
        scores.put(new AreaCode("public_space"), 63.0);
        scores.put(new AreaCode("mediation"), 80.0);
        scores.put(new AreaCode("language"), 59.0);
        scores.put(new AreaCode("media"), 100.0);
        scores.put(new AreaCode("international"), 92.0);
        scores.put(new AreaCode("intelligence"), 80.0);
        scores.put(new AreaCode("welcoming"), 60.0);
        scores.put(new AreaCode("leadership"), 83.0);
        scores.put(new AreaCode("participation"), 45.0);
        scores.put(new AreaCode("interaction"), 100.0);
        return scores;
    }

    /** 17 scored areas of weight 1, a six-area lens, so 12 indicators; one 0-100 point question per area. */
    private static Definition seventeenAreas() {
        List<Area> areas = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Option> options = new ArrayList<>();
        for (int points = 0; points <= 100; points++) {
            options.add(new Option("p" + points, LocalizedText.empty(), points));
        }
        for (String code : AREAS) {
            AreaCode area = new AreaCode(code);
            LocalDate introduced =
                    code.equals("participation") || code.equals("interaction") ? LocalDate.of(2019, 1, 1) : null;
            areas.add(new Area(
                    area, LocalizedText.en(code), true, BigDecimal.ONE, introduced, LocalizedText.empty(), List.of()));
            if (!LENS.contains(code)) {
                indicators.add(new Indicator(code, LocalizedText.en(code), false, List.of(area)));
            }
            questions.add(new Question(
                    new QuestionCode(code + ".achievement"),
                    area,
                    DataKind.INPUT,
                    AnswerType.SINGLE_CHOICE,
                    true,
                    LocalizedText.en("How far has the city come?"),
                    LocalizedText.empty(),
                    LocalizedText.empty(),
                    NotApplicableRule.NOT_ALLOWED,
                    options,
                    List.of(),
                    Optional.empty(),
                    LocalizedText.empty(),
                    LocalizedText.empty()));
        }
        indicators.add(
                1,
                new Indicator(
                        "lens",
                        LocalizedText.en("Lens"),
                        true,
                        LENS.stream().map(AreaCode::new).toList()));
        return new Definition(
                new EditionId("icc-2019-standin"),
                LocalizedText.en("17 areas"),
                LocalDate.of(2019, 1, 1),
                List.of("en"),
                indicators,
                areas,
                questions,
                new BandScheme(BandAxis.POPULATION, List.of(new BigDecimal("200000")), List.of()),
                new BandScheme(BandAxis.FOREIGN_BORN, List.of(new BigDecimal("15")), List.of()));
    }

    @Test
    void theStandInHasTheShapeOfThe2019Edition() {
        assertThat(EDITION.scoredAreas()).hasSize(17);
        assertThat(EDITION.indicators()).hasSize(12);
        assertThat(EDITION.composite().orElseThrow().areas()).hasSize(6);
    }

    @Test
    void theLensIs85point83AndShowsAsThePublished86() {
        double lens = LensComposite.compute(EDITION, ansan()).getAsDouble();

        // (95 + 88 + 94 + 100 + 75 + 63) / 6 = 515 / 6 = 85.8333...
        assertThat(lens).isCloseTo(515.0 / 6, within(1e-12));
        assertThat(lens).isCloseTo(85.83, within(0.005));
        assertThat(Rounding.whole(lens)).isEqualTo(86);
    }

    @Test
    void theAggregateOverTheSixteenPublishedAreasIs79point5AndShowsAsThePublished80() {
        double aggregate = IndexAggregation.compute(EDITION, ansan()).getAsDouble();

        // 58 + 95 + 88 + 94 + 100 + 75 + 63 + 80 + 59 + 100 + 92 + 80 + 60 + 83 + 45 + 100 = 1272;
        // anti_discrimination is left out with its weight: 1272 / 16 = 79.5, half up -> 80
        assertThat(aggregate).isEqualTo(79.5);
        assertThat(Rounding.whole(aggregate)).isEqualTo(80);
    }

    @Test
    void anAntiDiscriminationScoreOf88WouldGiveExactly80OverAllSeventeen() {
        Map<AreaCode, Double> scores = ansan();
        scores.put(new AreaCode("anti_discrimination"), 88.0);

        // (1272 + 88) / 17 = 1360 / 17 = 80: the score the seed report implies
        assertThat(IndexAggregation.compute(EDITION, scores)).hasValue(80.0);
    }

    @Test
    void theWholePipelineFromAnswersGivesTheSameFigures() {
        Map<QuestionCode, Answer> answers = new LinkedHashMap<>();
        ansan().forEach((area, score) ->
                answers.put(new QuestionCode(area + ".achievement"), new Answer.Choice("p" + score.intValue())));

        ScoreCard card = Scorer.score(EDITION, new AnswerSet(EDITION.edition(), answers));

        // each area earns its published score out of 100 points
        assertThat(card.areaScores()).isEqualTo(ansan());
        assertThat(card.notAnswered()).containsExactly(new AreaCode("anti_discrimination"));
        assertThat(card.missingMandatory()).containsExactly(new QuestionCode("anti_discrimination.achievement"));
        assertThat(Rounding.whole(card.lens().getAsDouble())).isEqualTo(86);
        assertThat(card.aggregate()).hasValue(79.5);
        assertThat(Rounding.whole(card.aggregate().getAsDouble())).isEqualTo(80);
    }
}
