package org.iccindex.site.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.SampleAnalysis;
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.ResultOrigin;

/**
 * The league parameters as a request gives them (any may be null or blank), read into a {@link LeagueQuery}. A
 * value that cannot be used is reported with its parameter and the accepted values, and left out of the query.
 */
public record LeagueParams(
        String edition,
        String snapshot,
        String round,
        String population,
        String foreignBorn,
        String country,
        String origin,
        String sort,
        String dir) {

    public static final LeagueParams NONE = new LeagueParams(null, null, null, null, null, null, null, null, null);

    /** These parameters with {@code edition} when none is given: the league shows one edition at a time. */
    public LeagueParams orEdition(String defaultEdition) {
        return blank(edition)
                ? new LeagueParams(defaultEdition, snapshot, round, population, foreignBorn, country, origin, sort, dir)
                : this;
    }

    /** The query, and what had to be left out of it. */
    public record Read(LeagueQuery query, List<QueryProblem> problems) {
        /** The query, or a {@link BadQueryException} with every problem (for the API: no guessing there). */
        public LeagueQuery orThrow() {
            if (!problems.isEmpty()) {
                throw new BadQueryException(problems);
            }
            return query;
        }
    }

    public Read read(EditionCatalog catalog, LocalDate today) {
        List<QueryProblem> problems = new ArrayList<>();
        Optional<Definition> chosen = edition(catalog, edition, problems);
        Definition definition = chosen.orElseGet(catalog::current);
        Optional<LocalDate> date = date("snapshot", snapshot, problems);
        return new Read(
                new LeagueQuery(
                        definition,
                        chosen.isPresent(),
                        date.orElse(today),
                        date.isPresent(),
                        year("round", round, problems),
                        band(definition, BandAxis.POPULATION, "population", population, problems),
                        band(definition, BandAxis.FOREIGN_BORN, "foreignBorn", foreignBorn, problems),
                        text(country).map(String::strip),
                        origin(origin, problems),
                        sort(definition, sort, dir, problems)),
                List.copyOf(problems));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static Optional<String> text(String value) {
        return blank(value) ? Optional.empty() : Optional.of(value);
    }

    /** An edition by id; a problem naming the editions known when there is no such edition. */
    public static Optional<Definition> edition(EditionCatalog catalog, String value, List<QueryProblem> problems) {
        if (blank(value)) {
            return Optional.empty();
        }
        Optional<Definition> definition = catalog.find(value.strip());
        if (definition.isEmpty()) {
            problems.add(new QueryProblem(
                    "edition",
                    value,
                    "no such edition; known: "
                            + catalog.all().stream()
                                    .map(d -> d.edition().value())
                                    .collect(Collectors.joining(", "))));
        }
        return definition;
    }

    public static Optional<LocalDate> date(String parameter, String value, List<QueryProblem> problems) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            problems.add(new QueryProblem(parameter, value, "expected a date YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    public static OptionalInt year(String parameter, String value, List<QueryProblem> problems) {
        if (blank(value)) {
            return OptionalInt.empty();
        }
        if (!value.strip().matches("\\d{4}")) {
            problems.add(new QueryProblem(parameter, value, "expected a year such as 2020"));
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value.strip()));
    }

    public static Optional<Band> band(
            Definition definition, BandAxis axis, String parameter, String value, List<QueryProblem> problems) {
        if (blank(value)) {
            return Optional.empty();
        }
        Optional<Band> band = definition.bands(axis).band(value.strip());
        if (band.isEmpty()) {
            problems.add(new QueryProblem(
                    parameter,
                    value,
                    "no such band in edition " + definition.edition() + "; one of "
                            + definition.bands(axis).bands().stream()
                                    .map(Band::code)
                                    .collect(Collectors.joining(", "))));
        }
        return band;
    }

    static Optional<ResultOrigin> origin(String value, List<QueryProblem> problems) {
        if (blank(value)) {
            return Optional.empty();
        }
        Optional<ResultOrigin> origin = ResultOrigin.byCode(value.strip().toLowerCase(Locale.ROOT));
        if (origin.isEmpty()) {
            problems.add(new QueryProblem(
                    "origin",
                    value,
                    "one of "
                            + Arrays.stream(ResultOrigin.values())
                                    .map(ResultOrigin::code)
                                    .collect(Collectors.joining(", "))));
        }
        return origin;
    }

    /** A metric of the edition by code ({@code aggregate}, {@code lens} or an area code). */
    public static Optional<Metric> metric(
            Definition definition, String parameter, String value, List<QueryProblem> problems) {
        if (blank(value)) {
            return Optional.empty();
        }
        Optional<Metric> metric = SampleAnalysis.metricsOf(definition).stream()
                .filter(m -> m.code().equals(value.strip()))
                .findFirst();
        if (metric.isEmpty()) {
            problems.add(new QueryProblem(
                    parameter,
                    value,
                    "no such metric in edition " + definition.edition() + "; one of "
                            + SampleAnalysis.metricsOf(definition).stream()
                                    .map(Metric::code)
                                    .collect(Collectors.joining(", "))));
        }
        return metric;
    }

    static Sort sort(Definition definition, String sort, String dir, List<QueryProblem> problems) {
        Sort.Column column = Sort.Column.METRIC;
        Optional<Metric> metric = Optional.of(Metric.AGGREGATE);
        if (!blank(sort)) {
            Optional<Sort.Column> named = Arrays.stream(Sort.Column.values())
                    .filter(c -> c != Sort.Column.METRIC
                            && c.name().toLowerCase(Locale.ROOT).equals(sort.strip()))
                    .findFirst();
            if (named.isPresent()) {
                column = named.get();
                metric = Optional.empty();
            } else {
                List<QueryProblem> found = new ArrayList<>();
                metric = metric(definition, "sort", sort, found);
                if (metric.isEmpty()) {
                    problems.add(new QueryProblem(
                            "sort",
                            sort,
                            "city, country, round or " + found.get(0).message()));
                    metric = Optional.of(Metric.AGGREGATE);
                }
            }
        }
        boolean descending = Sort.naturallyDescending(column);
        if (!blank(dir)) {
            switch (dir.strip()) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> problems.add(new QueryProblem("dir", dir, "asc or desc"));
            }
        }
        return new Sort(column, metric, descending);
    }
}
