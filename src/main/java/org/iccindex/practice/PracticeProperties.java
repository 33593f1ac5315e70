package org.iccindex.practice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code icc.practice.*}: {@code seed} (load the shipped seed files into the catalogue on start; default true) and
 * the recommendation settings of {@link RecommendationSettings} ({@code weak-level} 50, {@code strong-level} 75,
 * {@code margin} 0, {@code per-area} 3, {@code population-weight} 0.35, {@code foreign-born-weight} 0.25,
 * {@code place-weight} 0.25, {@code strength-weight} 0.15, {@code foreign-born-scale} 20).
 */
@ConfigurationProperties("icc.practice")
public record PracticeProperties(
        Boolean seed,
        Double weakLevel,
        Double strongLevel,
        Double margin,
        Integer perArea,
        Double populationWeight,
        Double foreignBornWeight,
        Double placeWeight,
        Double strengthWeight,
        Double foreignBornScale) {

    public boolean seedOnStart() {
        return seed == null || seed;
    }

    public RecommendationSettings settings() {
        RecommendationSettings d = RecommendationSettings.DEFAULT;
        return new RecommendationSettings(
                or(weakLevel, d.weakLevel()),
                or(strongLevel, d.strongLevel()),
                or(margin, d.margin()),
                perArea == null ? d.perArea() : perArea,
                or(populationWeight, d.populationWeight()),
                or(foreignBornWeight, d.foreignBornWeight()),
                or(placeWeight, d.placeWeight()),
                or(strengthWeight, d.strengthWeight()),
                or(foreignBornScale, d.foreignBornScale()));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
