package org.iccindex.site.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.definition.Band;
import org.iccindex.definition.Definition;
import org.iccindex.result.ResultOrigin;
import org.iccindex.result.StoredResult;

/**
 * Which cities a league shows and in what order. The sample is always every city's latest public result as of
 * {@code snapshot}; {@code edition} gives the areas, bands and groups. When {@code onlyThisEdition} is set, only
 * results of that edition are kept. Every other filter narrows the rows; ranks count the rows kept.
 */
public record LeagueQuery(
        Definition edition,
        boolean onlyThisEdition,
        LocalDate snapshot,
        boolean snapshotGiven,
        OptionalInt round,
        Optional<Band> population,
        Optional<Band> foreignBorn,
        Optional<String> country,
        Optional<ResultOrigin> origin,
        Sort sort) {

    public LeagueQuery {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(foreignBorn, "foreignBorn");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sort, "sort");
    }

    /** Whether a row is kept; {@code result} is the stored result the entry stands for. */
    public boolean keeps(SampleEntry entry, Optional<StoredResult> result) {
        return (!onlyThisEdition || entry.edition().equals(edition.edition()))
                && (round.isEmpty() || entry.round() == round.getAsInt())
                && population
                        .map(b -> new ComparisonGroup.InBand(b).includes(entry))
                        .orElse(true)
                && foreignBorn
                        .map(b -> new ComparisonGroup.InBand(b).includes(entry))
                        .orElse(true)
                && country.map(c -> c.equals(entry.country())).orElse(true)
                && origin.map(o -> result.map(r -> r.origin() == o).orElse(false))
                        .orElse(true);
    }

    /** Whether any filter narrows the sample. */
    public boolean filtered() {
        return onlyThisEdition
                || round.isPresent()
                || population.isPresent()
                || foreignBorn.isPresent()
                || country.isPresent()
                || origin.isPresent();
    }

    /** The bands filtered on, population first. */
    public List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        population.ifPresent(bands::add);
        foreignBorn.ifPresent(bands::add);
        return bands;
    }

    public LeagueQuery withSort(Sort sort) {
        return new LeagueQuery(
                edition,
                onlyThisEdition,
                snapshot,
                snapshotGiven,
                round,
                population,
                foreignBorn,
                country,
                origin,
                sort);
    }
}
