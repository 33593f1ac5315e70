package org.iccindex.practice;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.definition.Band;

/**
 * How alike a peer is to the city, from 0 to 1, with its parts kept for the reasons shown to users:
 *
 * <pre>
 * similarity = population-weight × population + foreign-born-weight × foreignBorn
 *            + place-weight × place + strength-weight × strength
 * population  = 1 in the same population band, 0.5 in the next band up or down, else 0 (0 when unknown)
 * foreignBorn = max(0, 1 − |difference in foreign-born share, points| / foreign-born-scale) (0 when unknown)
 * place       = 1 in the same country, 0.5 in the same region, else 0
 * strength    = the peer's score in the area / 100 (0 for a practice whose city has no score there)
 * </pre>
 *
 * With the default weights (0.35, 0.25, 0.25, 0.15) a peer of the same band, share, country and a full score
 * reaches 1.
 */
public record Similarity(double population, double foreignBorn, double place, double strength, double value) {

    static Similarity of(
            Optional<Band> cityBand,
            Optional<Band> peerBand,
            Optional<BigDecimal> cityShare,
            Optional<BigDecimal> peerShare,
            Place place,
            OptionalDouble peerScore,
            RecommendationSettings settings) {
        double population = 0;
        if (cityBand.isPresent() && peerBand.isPresent()) {
            int distance = Math.abs(cityBand.get().index() - peerBand.get().index());
            population = distance == 0 ? 1 : distance == 1 ? 0.5 : 0;
        }
        double foreignBorn = 0;
        if (cityShare.isPresent() && peerShare.isPresent()) {
            double difference =
                    Math.abs(cityShare.get().doubleValue() - peerShare.get().doubleValue());
            foreignBorn = Math.max(0, 1 - difference / settings.foreignBornScale());
        }
        double placeValue = place == Place.SAME_COUNTRY ? 1 : place == Place.SAME_REGION ? 0.5 : 0;
        double strength = peerScore.isPresent() ? peerScore.getAsDouble() / 100 : 0;
        double value = settings.populationWeight() * population
                + settings.foreignBornWeight() * foreignBorn
                + settings.placeWeight() * placeValue
                + settings.strengthWeight() * strength;
        return new Similarity(population, foreignBorn, placeValue, strength, value);
    }

    /** Where the practice's city lies relative to the city being advised. */
    public enum Place {
        /** The same country. */
        SAME_COUNTRY,
        /** Another country of the same world region ({@link Regions}). */
        SAME_REGION,
        /** Elsewhere, or unknown. */
        ELSEWHERE
    }
}
