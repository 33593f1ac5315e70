package org.iccindex.wording;

import java.util.List;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.definition.Definition;

/**
 * The rank statements of a city's benchmark in words, as the report, the city page, the open-data API and the
 * command line all show them: each names the metric and the group it ranks in ("Its aggregate index ranks 2nd of
 * the 16 cities that answered the new indicators"); in a group that mixes real and fictional cities the statement
 * says which kind it counts. Which statements a city gets is decided once, by {@code benchmark.CityBenchmarks}.
 */
public final class RankStatements {
    private RankStatements() {}

    public static List<String> of(CityBenchmark benchmark, Definition definition, Wording words) {
        return benchmark.rankStatements().stream()
                .map(s -> words.rankStatement(
                        s.metric(),
                        s.rank(),
                        s.group(),
                        definition,
                        Wording.Among.of(s.withFigure(), s.rank(), s.synthetic())))
                .toList();
    }
}
