package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Competition ranks (1, 2, 2, 4), best first, with the cities on either side of a city. */
class RankingTests {
    /**
     * Bergen 79.6 and Cascais 80.4 both show as 80: tied when ranked on whole numbers, Cascais ahead on exact values.
     * Gdansk has no aggregate.
     */
    private static final List<SampleEntry> CITIES = List.of(
            Entries.city("dublin").aggregate(70).build(),
            Entries.city("cascais").aggregate(80.4).build(),
            Entries.city("ansan").aggregate(90).build(),
            Entries.city("faro").aggregate(50).build(),
            Entries.city("bergen").aggregate(79.6).build(),
            Entries.city("erlangen").aggregate(60).build(),
            Entries.city("gdansk").lens(75).build());

    private static Ranking ranking(TiePolicy ties) {
        return Ranking.of(CITIES, Metric.AGGREGATE, ties);
    }

    private static int position(Ranking ranking, String city) {
        return ranking.positionOf(city, 3).orElseThrow().position();
    }

    private static List<String> cities(List<RankPosition.Neighbour> neighbours) {
        return neighbours.stream().map(RankPosition.Neighbour::city).toList();
    }

    @Test
    void citiesShowingTheSameWholeNumberShareARank() {
        Ranking ranking = ranking(TiePolicy.WHOLE_NUMBERS);

        // 90, 80 (80.4), 80 (79.6), 70, 60, 50: ranks 1, 2, 2, 4, 5, 6
        assertThat(position(ranking, "ansan")).isEqualTo(1);
        assertThat(position(ranking, "bergen")).isEqualTo(2);
        assertThat(position(ranking, "cascais")).isEqualTo(2);
        assertThat(position(ranking, "dublin")).isEqualTo(4);
        assertThat(position(ranking, "erlangen")).isEqualTo(5);
        assertThat(position(ranking, "faro")).isEqualTo(6);
        // the tied cities are listed by name
        assertThat(ranking.ordered())
                .extracting(SampleEntry::city)
                .containsExactly("ansan", "bergen", "cascais", "dublin", "erlangen", "faro");
    }

    @Test
    void onExactValuesTheyDoNotTie() {
        Ranking ranking = ranking(TiePolicy.EXACT);

        // 80.4 before 79.6: ranks 1, 2, 3, 4
        assertThat(position(ranking, "cascais")).isEqualTo(2);
        assertThat(position(ranking, "bergen")).isEqualTo(3);
        assertThat(position(ranking, "dublin")).isEqualTo(4);
        assertThat(ranking.ordered())
                .extracting(SampleEntry::city)
                .containsExactly("ansan", "cascais", "bergen", "dublin", "erlangen", "faro");
    }

    @Test
    void aHalfShowsAsTheNextWholeNumberAndTiesWithIt() {
        List<SampleEntry> cities = List.of(
                Entries.city("a").aggregate(79.5).build(),
                Entries.city("b").aggregate(80.49).build(),
                Entries.city("c").aggregate(79.49).build());

        Ranking ranking = Ranking.of(cities, Metric.AGGREGATE, TiePolicy.WHOLE_NUMBERS);

        // 79.5 and 80.49 both show 80; 79.49 shows 79
        assertThat(position(ranking, "a")).isEqualTo(1);
        assertThat(position(ranking, "b")).isEqualTo(1);
        assertThat(position(ranking, "c")).isEqualTo(3);
    }

    @Test
    void onlyCitiesWithTheMetricAreRanked() {
        Ranking ranking = ranking(TiePolicy.WHOLE_NUMBERS);

        assertThat(ranking.size()).isEqualTo(6);
        assertThat(ranking.positionOf("gdansk", 3)).isEmpty();
        assertThat(ranking.positionOf("nowhere", 3)).isEmpty();
        assertThat(ranking.positionOf("dublin", 3).orElseThrow().outOf()).isEqualTo(6);
        assertThat(ranking.metric()).isEqualTo(Metric.AGGREGATE);
    }

    @Test
    void neighboursAheadAndBehindNearestFirst() {
        RankPosition dublin =
                ranking(TiePolicy.WHOLE_NUMBERS).positionOf("dublin", 3).orElseThrow();

        // Dublin (4th) is ahead of Erlangen and Faro, and behind Cascais, Bergen and Ansan, nearest first
        assertThat(cities(dublin.ahead())).containsExactly("erlangen", "faro");
        assertThat(cities(dublin.behind())).containsExactly("cascais", "bergen", "ansan");
        // neighbours carry their exact values
        assertThat(dublin.behind().get(0).value()).isEqualTo(80.4);
        assertThat(dublin.behind().get(0).name()).isEqualTo("Cascais");
    }

    @Test
    void neighboursSkipTheCitiesTiedWithIt() {
        Ranking ranking = ranking(TiePolicy.WHOLE_NUMBERS);
        RankPosition bergen = ranking.positionOf("bergen", 3).orElseThrow();
        RankPosition cascais = ranking.positionOf("cascais", 1).orElseThrow();

        // Bergen and Cascais share 2nd: neither is ahead of or behind the other
        assertThat(cities(bergen.ahead())).containsExactly("dublin", "erlangen", "faro");
        assertThat(cities(bergen.behind())).containsExactly("ansan");
        // at most the number of neighbours asked for
        assertThat(cities(cascais.ahead())).containsExactly("dublin");
        assertThat(cities(cascais.behind())).containsExactly("ansan");
    }

    @Test
    void theFirstHasNobodyAheadOfItAndTheLastNobodyBehind() {
        Ranking ranking = ranking(TiePolicy.EXACT);

        assertThat(ranking.positionOf("ansan", 3).orElseThrow().behind()).isEmpty();
        assertThat(ranking.positionOf("faro", 3).orElseThrow().ahead()).isEmpty();
    }

    @Test
    void everyoneTied() {
        List<SampleEntry> cities = List.of(
                Entries.city("a").aggregate(50.2).build(),
                Entries.city("b").aggregate(49.9).build(),
                Entries.city("c").aggregate(50).build());

        RankPosition b = Ranking.of(cities, Metric.AGGREGATE, TiePolicy.WHOLE_NUMBERS)
                .positionOf("b", 3)
                .orElseThrow();

        assertThat(b.position()).isEqualTo(1);
        assertThat(b.outOf()).isEqualTo(3);
        assertThat(b.ahead()).isEmpty();
        assertThat(b.behind()).isEmpty();
    }

    @Test
    void longTiesAnywhereInTheRanking() {
        // shown as 90 90 90 | 70 | 50 50 50 50 | 30: ranks 1 1 1 4 5 5 5 5 9
        List<SampleEntry> cities = List.of(
                Entries.city("a1").aggregate(90.2).build(),
                Entries.city("a2").aggregate(89.6).build(),
                Entries.city("a3").aggregate(90).build(),
                Entries.city("b").aggregate(70).build(),
                Entries.city("c1").aggregate(50.4).build(),
                Entries.city("c2").aggregate(49.5).build(),
                Entries.city("c3").aggregate(50).build(),
                Entries.city("c4").aggregate(50.1).build(),
                Entries.city("d").aggregate(30).build());
        Ranking ranking = Ranking.of(cities, Metric.AGGREGATE, TiePolicy.WHOLE_NUMBERS);

        assertThat(ranking.ordered())
                .extracting(e -> ranking.positionOf(e.city(), 1).orElseThrow().position())
                .containsExactly(1, 1, 1, 4, 5, 5, 5, 5, 9);
        for (String tied : List.of("c1", "c2", "c3", "c4")) {
            RankPosition position = ranking.positionOf(tied, 2).orElseThrow();
            // past the whole tie on both sides: d after it, b and then a tied 90 before it
            assertThat(cities(position.ahead())).containsExactly("d");
            assertThat(cities(position.behind())).containsExactly("b", "a3");
        }
        assertThat(cities(ranking.positionOf("a2", 3).orElseThrow().ahead())).containsExactly("b", "c1", "c2");
    }

    @Test
    void aValueThatIsNotANumberCountsAsNone() {
        List<SampleEntry> cities = List.of(
                Entries.city("a").aggregate(60).build(),
                Entries.city("b").aggregate(Double.NaN).build());

        Ranking ranking = Ranking.of(cities, Metric.AGGREGATE, TiePolicy.WHOLE_NUMBERS);

        assertThat(ranking.size()).isEqualTo(1);
        assertThat(ranking.positionOf("b", 3)).isEmpty();
    }

    @Test
    void aCityIsRankedOnlyAmongCitiesOfItsOwnKind() {
        // real: ansan 90, dublin 70, faro 50; fictional: brekkesund 95, eunpo 80, altmarsberg 80, zielona 60
        List<SampleEntry> mixed = List.of(
                Entries.city("ansan").aggregate(90).build(),
                Entries.city("dublin").aggregate(70).build(),
                Entries.city("faro").aggregate(50).build(),
                Entries.city("brekkesund").aggregate(95).synthetic().build(),
                Entries.city("eunpo").aggregate(80).synthetic().build(),
                Entries.city("altmarsberg").aggregate(80).synthetic().build(),
                Entries.city("zielona").aggregate(60).synthetic().build());
        Ranking ranking = Ranking.of(mixed, Metric.AGGREGATE, TiePolicy.WHOLE_NUMBERS);

        RankPosition ansan = ranking.positionOf("ansan", 3).orElseThrow();
        assertThat(ansan.position()).isEqualTo(1);
        assertThat(ansan.outOf()).isEqualTo(3);
        assertThat(cities(ansan.ahead())).containsExactly("dublin", "faro");
        assertThat(ansan.behind()).isEmpty();
        RankPosition dublin = ranking.positionOf("dublin", 3).orElseThrow();
        assertThat(dublin.position()).isEqualTo(2);
        assertThat(cities(dublin.behind())).containsExactly("ansan");

        RankPosition eunpo = ranking.positionOf("eunpo", 3).orElseThrow();
        assertThat(eunpo.position()).isEqualTo(2);
        assertThat(eunpo.outOf()).isEqualTo(4);
        assertThat(position(ranking, "altmarsberg")).isEqualTo(2);
        assertThat(cities(eunpo.ahead())).containsExactly("zielona");
        assertThat(cities(eunpo.behind())).containsExactly("brekkesund");
        assertThat(position(ranking, "zielona")).isEqualTo(4);
        assertThat(ranking.size(false)).isEqualTo(3);
        assertThat(ranking.size(true)).isEqualTo(4);
    }
}
