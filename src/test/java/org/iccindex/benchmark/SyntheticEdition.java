package org.iccindex.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.iccindex.definition.ProfileFact;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.definition.Threshold;
import org.iccindex.support.Icc2019Areas;

/**
 * An edition shaped like the 2019 instrument, for {@link FullRecomputeBenchmark}: a profile of two facts, 17 scored
 * areas (a six-area lens, participation and interaction introduced with the edition), 86 scored questions of every
 * type, 73 of them mandatory, the 2020 comparison bands. Points and texts are invented.
 */
final class SyntheticEdition {
    static final LocalDate IN_FORCE_FROM = LocalDate.of(2019, 1, 1);
    static final List<String> AREAS = Icc2019Areas.ALL;
    static final List<String> LENS = Icc2019Areas.LENS;
    static final int SCORED_QUESTIONS = 86;
    static final int MANDATORY = 73;

    /** The types after each area's opening yes/no question (which makes sure every area can earn points). */
    private static final AnswerType[] TYPES = {
        AnswerType.SINGLE_CHOICE,
        AnswerType.MULTIPLE_CHOICE,
        AnswerType.PERCENTAGE,
        AnswerType.NUMBER,
        AnswerType.YES_NO,
        AnswerType.TEXT
    };

    private SyntheticEdition() {}

    static Definition build() {
        List<Area> areas = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        AreaCode profile = new AreaCode("profile");
        areas.add(new Area(
                profile,
                LocalizedText.en("City profile"),
                false,
                BigDecimal.ONE,
                null,
                LocalizedText.empty(),
                List.of()));
        questions.add(fact(profile, "profile.population", AnswerType.NUMBER, ProfileFact.POPULATION));
        questions.add(fact(profile, "profile.foreign-born", AnswerType.PERCENTAGE, ProfileFact.FOREIGN_BORN_PCT));
        indicators.add(new Indicator(
                "lens",
                LocalizedText.en("The city through an intercultural lens"),
                true,
                LENS.stream().map(AreaCode::new).toList()));
        int scored = 0;
        for (int a = 0; a < AREAS.size(); a++) {
            String code = AREAS.get(a);
            AreaCode area = new AreaCode(code);
            boolean isNew = code.equals("participation") || code.equals("interaction");
            areas.add(new Area(
                    area,
                    LocalizedText.en(code),
                    true,
                    BigDecimal.ONE,
                    isNew ? IN_FORCE_FROM : LocalDate.of(2008, 1, 1),
                    LocalizedText.empty(),
                    List.of()));
            if (!LENS.contains(code)) {
                indicators.add(new Indicator(code, LocalizedText.en(code), false, List.of(area)));
            }
            // 86 = 17 x 5 + 1: commitment has a sixth question
            int count = SCORED_QUESTIONS / AREAS.size() + (a < SCORED_QUESTIONS % AREAS.size() ? 1 : 0);
            for (int q = 0; q < count; q++, scored++) {
                AnswerType type = q == 0 ? AnswerType.YES_NO : TYPES[scored % TYPES.length];
                questions.add(scoredQuestion(area, q, type, scored < MANDATORY, scored));
            }
        }
        return new Definition(
                new EditionId("synthetic-2019"),
                LocalizedText.en("Synthetic edition"),
                IN_FORCE_FROM,
                List.of("en"),
                indicators,
                areas,
                questions,
                new BandScheme(
                        BandAxis.POPULATION, decimals(100_000, 200_000, 500_000), List.of(ProfileFact.POPULATION)),
                new BandScheme(
                        BandAxis.FOREIGN_BORN,
                        decimals(10, 15, 20),
                        List.of(ProfileFact.FOREIGN_BORN_PCT, ProfileFact.NON_NATIONAL_PCT)));
    }

    private static List<BigDecimal> decimals(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static Question fact(AreaCode area, String code, AnswerType type, ProfileFact fact) {
        return question(
                area,
                code,
                DataKind.FACT,
                type,
                true,
                NotApplicableRule.NOT_ALLOWED,
                List.of(),
                List.of(),
                Optional.of(fact));
    }

    private static Question scoredQuestion(AreaCode area, int index, AnswerType type, boolean mandatory, int serial) {
        List<Option> options = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        switch (type) {
            case YES_NO -> {
                options.add(new Option("yes", LocalizedText.empty(), 1 + serial % 3));
                options.add(new Option("no", LocalizedText.empty(), 0));
            }
            case SINGLE_CHOICE -> {
                for (int points = 0; points < 4; points++) {
                    options.add(new Option("level" + points, LocalizedText.empty(), points));
                }
            }
            case MULTIPLE_CHOICE -> {
                for (int o = 0; o < 5; o++) {
                    options.add(new Option("item" + o, LocalizedText.empty(), 1 + o % 2));
                }
            }
            case PERCENTAGE -> {
                thresholds.add(new Threshold(BigDecimal.valueOf(10), 1));
                thresholds.add(new Threshold(BigDecimal.valueOf(25), 2));
                thresholds.add(new Threshold(BigDecimal.valueOf(50), 4));
            }
            case NUMBER -> {
                thresholds.add(new Threshold(BigDecimal.valueOf(1_000), 1));
                thresholds.add(new Threshold(BigDecimal.valueOf(10_000), 2));
                thresholds.add(new Threshold(BigDecimal.valueOf(100_000), 3));
            }
            case TEXT -> {}
        }
        // a few questions allow "not applicable", both ways
        NotApplicableRule notApplicable = serial % 11 == 4
                ? NotApplicableRule.EXCLUDE
                : serial % 13 == 5 ? NotApplicableRule.NOT_ACHIEVED : NotApplicableRule.NOT_ALLOWED;
        DataKind kind = index % 4 == 3 ? DataKind.IMPACT : DataKind.INPUT;
        return question(
                area,
                area.value() + ".q" + (index + 1),
                kind,
                type,
                mandatory,
                notApplicable,
                options,
                thresholds,
                Optional.empty());
    }

    private static Question question(
            AreaCode area,
            String code,
            DataKind kind,
            AnswerType type,
            boolean mandatory,
            NotApplicableRule notApplicable,
            List<Option> options,
            List<Threshold> thresholds,
            Optional<ProfileFact> fact) {
        return new Question(
                new QuestionCode(code),
                area,
                kind,
                type,
                mandatory,
                LocalizedText.en(code),
                LocalizedText.empty(),
                LocalizedText.empty(),
                notApplicable,
                options,
                thresholds,
                fact,
                LocalizedText.empty(),
                LocalizedText.empty());
    }
}
