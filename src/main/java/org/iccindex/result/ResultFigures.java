package org.iccindex.result;

import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.scoring.IndexAggregation;
import org.iccindex.scoring.LensComposite;

/**
 * A result's lens and aggregate: the official figure (as published, or computed when the result is not a published
 * one, or when a published result gives every area it needs) and the figure recomputed from whatever area scores
 * the result has, so that a difference between the two can be shown.
 */
public record ResultFigures(
        OptionalDouble lens,
        OptionalDouble lensRecomputed,
        OptionalDouble aggregate,
        OptionalDouble aggregateRecomputed,
        int areasGiven,
        int scoredAreas) {

    public static ResultFigures of(StoredResult result, Definition ownEdition) {
        OptionalDouble lensRecomputed = LensComposite.compute(ownEdition, result.areaScores());
        OptionalDouble aggregateRecomputed = IndexAggregation.compute(ownEdition, result.areaScores());
        boolean published = result.origin() == ResultOrigin.PUBLISHED;
        boolean lensComplete = ownEdition
                .composite()
                .map(lens -> result.areaScores().keySet().containsAll(lens.areas()))
                .orElse(false);
        boolean allAreas = ownEdition.scoredAreas().stream().map(Area::code).allMatch(result.areaScores()::containsKey);
        // a result computed from answers reads the lens and aggregate stored when it was computed, never recomputed
        Optional<ComputedFigures> own = published ? Optional.empty() : result.computed();
        OptionalDouble lens = result.lensPublished().isPresent()
                ? result.lensPublished()
                : own.isPresent()
                        ? own.get().lens()
                        : (!published || lensComplete) ? lensRecomputed : OptionalDouble.empty();
        OptionalDouble aggregate = result.aggregatePublished().isPresent()
                ? result.aggregatePublished()
                : own.isPresent()
                        ? own.get().aggregate()
                        : (!published || allAreas) ? aggregateRecomputed : OptionalDouble.empty();
        int given = (int) ownEdition.scoredAreas().stream()
                .filter(a -> result.areaScores().containsKey(a.code()))
                .count();
        return new ResultFigures(
                lens,
                lensRecomputed,
                aggregate,
                aggregateRecomputed,
                given,
                ownEdition.scoredAreas().size());
    }
}
