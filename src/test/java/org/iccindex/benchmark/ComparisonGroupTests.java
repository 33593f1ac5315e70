package org.iccindex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.junit.jupiter.api.Test;

/** Which cities a group holds: bands are lower-inclusive; custom groups filter by country and city. */
class ComparisonGroupTests {
    private static final Definition MINI = MiniEdition.definition();

    /** Mini's population bands: below 100,000 / 100,000-200,000 / 200,000-500,000 / 500,000 and more. */
    private static ComparisonGroup population(int index) {
        return new ComparisonGroup.InBand(
                MINI.bands(BandAxis.POPULATION).bands().get(index));
    }

    private static boolean includesPopulation(ComparisonGroup group, long inhabitants) {
        return group.includes(Entries.city("x").population(inhabitants).build());
    }

    @Test
    void aBandIncludesItsLowerEdgeAndExcludesItsUpperEdge() {
        ComparisonGroup middle = population(2);

        assertThat(includesPopulation(middle, 200_000)).isTrue();
        assertThat(includesPopulation(middle, 499_999)).isTrue();
        assertThat(includesPopulation(middle, 500_000)).isFalse();
        assertThat(includesPopulation(middle, 199_999)).isFalse();
        // 500,000 is in the next band up
        assertThat(includesPopulation(population(3), 500_000)).isTrue();
    }

    @Test
    void theOuterBandsAreOpen() {
        assertThat(includesPopulation(population(0), 0)).isTrue();
        assertThat(includesPopulation(population(0), 99_999)).isTrue();
        assertThat(includesPopulation(population(0), 100_000)).isFalse();
        assertThat(includesPopulation(population(3), 25_000_000)).isTrue();
    }

    @Test
    void theForeignBornAxisReadsTheForeignBornShare() {
        Band fifteenToTwenty = MINI.bands(BandAxis.FOREIGN_BORN).bandOf(new BigDecimal("15"));
        ComparisonGroup group = new ComparisonGroup.InBand(fifteenToTwenty);

        assertThat(group.includes(Entries.city("x").foreignBorn("15").build())).isTrue();
        assertThat(group.includes(Entries.city("x").foreignBorn("19.99").build()))
                .isTrue();
        assertThat(group.includes(Entries.city("x").foreignBorn("20").build())).isFalse();
        assertThat(group.includes(Entries.city("x").foreignBorn("14.99").build()))
                .isFalse();
        // a population of 15 says nothing about the foreign-born share
        assertThat(group.includes(Entries.city("x").population(15).build())).isFalse();
    }

    @Test
    void aCityWithoutTheFigureIsInNoBand() {
        SampleEntry unknown = Entries.city("x").build();

        for (int index = 0; index < 4; index++) {
            assertThat(population(index).includes(unknown)).isFalse();
        }
    }

    @Test
    void answeredAreaHoldsTheCitiesWithAScoreThere() {
        ComparisonGroup participation = new ComparisonGroup.AnsweredArea(new AreaCode("participation"));

        assertThat(participation.includes(
                        Entries.city("x").area("participation", 0).build()))
                .isTrue();
        assertThat(participation.includes(
                        Entries.city("x").area("education", 90).aggregate(90).build()))
                .isFalse();
    }

    @Test
    void theWholeSampleHoldsEveryone() {
        assertThat(ComparisonGroup.WHOLE_SAMPLE.includes(Entries.city("x").build()))
                .isTrue();
    }

    @Test
    void aCustomGroupByCountry() {
        ComparisonGroup korea = new ComparisonGroup.Custom("Korean cities", Set.of("KR"), Set.of());

        assertThat(korea.includes(Entries.city("ansan").country("KR").build())).isTrue();
        assertThat(korea.includes(Entries.city("guro").country("KR").build())).isTrue();
        assertThat(korea.includes(Entries.city("bergen").country("NO").build())).isFalse();
    }

    @Test
    void aCustomGroupByCityList() {
        ComparisonGroup peers = new ComparisonGroup.Custom("Peers", Set.of(), Set.of("ansan", "bergen"));

        assertThat(peers.includes(Entries.city("ansan").country("KR").build())).isTrue();
        assertThat(peers.includes(Entries.city("bergen").country("NO").build())).isTrue();
        assertThat(peers.includes(Entries.city("guro").country("KR").build())).isFalse();
    }

    @Test
    void aCustomGroupByCountryAndCityListTakesBoth() {
        ComparisonGroup both = new ComparisonGroup.Custom("Both", Set.of("KR"), Set.of("ansan", "bergen"));
        ComparisonGroup anyone = new ComparisonGroup.Custom("Anyone", Set.of(), Set.of());

        // Bergen is listed but Norwegian; Guro Korean but not listed
        assertThat(both.includes(Entries.city("ansan").country("KR").build())).isTrue();
        assertThat(both.includes(Entries.city("bergen").country("NO").build())).isFalse();
        assertThat(both.includes(Entries.city("guro").country("KR").build())).isFalse();
        // empty sets constrain nothing
        assertThat(anyone.includes(Entries.city("bergen").country("NO").build()))
                .isTrue();
    }
}
