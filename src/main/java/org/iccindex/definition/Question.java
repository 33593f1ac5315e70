package org.iccindex.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of an edition, with how it is answered and how it scores. {@code measure}: a short name of what the
 * question looks for (e.g. "a written intercultural strategy"), used where reports list what a city has or lacks; on
 * a multiple-choice question, a lead-in that each option completes; empty when the definition gives none.
 * {@code range}: the values a number or percentage question accepts ({@code min} / {@code max}).
 */
public record Question(
        QuestionCode code,
        AreaCode area,
        DataKind kind,
        AnswerType type,
        boolean mandatory,
        LocalizedText text,
        LocalizedText help,
        LocalizedText evidence,
        NotApplicableRule notApplicable,
        List<Option> options,
        List<Threshold> thresholds,
        Optional<ProfileFact> fact,
        LocalizedText unit,
        LocalizedText measure,
        LocalizedText theme,
        NumberRange range) {

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(notApplicable, "notApplicable");
        options = List.copyOf(options);
        thresholds = List.copyOf(thresholds);
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(range, "range");
    }

    /** A question without a theme and without bounds of its own ({@code min} / {@code max}). */
    public Question(
            QuestionCode code,
            AreaCode area,
            DataKind kind,
            AnswerType type,
            boolean mandatory,
            LocalizedText text,
            LocalizedText help,
            LocalizedText evidence,
            NotApplicableRule notApplicable,
            List<Option> options,
            List<Threshold> thresholds,
            Optional<ProfileFact> fact,
            LocalizedText unit,
            LocalizedText measure) {
        this(
                code,
                area,
                kind,
                type,
                mandatory,
                text,
                help,
                evidence,
                notApplicable,
                options,
                thresholds,
                fact,
                unit,
                measure,
                LocalizedText.empty(),
                NumberRange.ANY);
    }

    /** The most points an answer to this question can earn (see docs/definition-format.md). */
    public int maxPoints() {
        if (!kind.isScored()) {
            return 0;
        }
        return switch (type) {
            case YES_NO, SINGLE_CHOICE ->
                options.stream().mapToInt(Option::points).max().orElse(0);
            case MULTIPLE_CHOICE -> options.stream().mapToInt(Option::points).sum();
            case NUMBER, PERCENTAGE ->
                thresholds.stream().mapToInt(Threshold::points).max().orElse(0);
            case TEXT -> 0;
        };
    }

    public boolean isScored() {
        return maxPoints() > 0;
    }

    public Optional<Option> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    /** Points of the highest threshold {@code value} reaches; 0 below the first. */
    public int pointsFor(BigDecimal value) {
        int points = 0;
        for (Threshold threshold : thresholds) {
            if (value.compareTo(threshold.atLeast()) >= 0) {
                points = Math.max(points, threshold.points());
            }
        }
        return points;
    }
}
