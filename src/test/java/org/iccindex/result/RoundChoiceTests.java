package org.iccindex.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.iccindex.city.City;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.EditionId;
import org.iccindex.scoring.ScoringMethod;
import org.junit.jupiter.api.Test;

/** A result is named by (city, edition, year): the year alone is enough only while one edition has it. */
class RoundChoiceTests {
    static final City NORTHBAY = new City(7, new CitySlug("northbay"), "Northbay", "Testland", true);
    static final EditionId ICC_2011 = new EditionId("icc-2011");
    static final EditionId ICC_2019 = new EditionId("icc-2019");

    @Test
    void theYearAloneFindsTheOnlyResultOfThatYear() {
        List<StoredResult> results = List.of(result(1, ICC_2011, 2018), result(2, ICC_2019, 2021));
        assertThat(RoundChoice.of(2021).pick(results))
                .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(2));
        assertThat(RoundChoice.of(2020).pick(results)).isEmpty();
    }

    @Test
    void twoEditionsInOneYearNeedTheEditionAndTheMessageNamesBoth() {
        List<StoredResult> results = List.of(result(1, ICC_2011, 2019), result(2, ICC_2019, 2019));
        assertThatThrownBy(() -> RoundChoice.of(2019).pick(results))
                .isInstanceOf(RoundChoice.AmbiguousRoundException.class)
                .hasMessageContaining("'northbay'")
                .hasMessageContaining("icc-2011, icc-2019")
                .hasMessageContaining("edition=");
        assertThat(RoundChoice.of(2019, "icc-2011").pick(results))
                .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(1));
        assertThat(RoundChoice.of(2019, " icc-2019 ").pick(results))
                .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(2));
        assertThat(RoundChoice.of(2019, "icc-2030").pick(results)).isEmpty();
    }

    @Test
    void aBlankEditionIsNotGivenAndAMalformedOneIsRefused() {
        assertThat(RoundChoice.of(2019, "  ").edition()).isEmpty();
        assertThatThrownBy(() -> RoundChoice.of(2019, "ICC 2019"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ICC 2019");
    }

    private static StoredResult result(long id, EditionId edition, int year) {
        return new StoredResult(
                id,
                NORTHBAY,
                edition,
                year,
                LocalDate.of(year, 6, 30),
                String.valueOf(year),
                ResultOrigin.SYNTHETIC,
                ScoringMethod.IMPORTED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                Map.of(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                Optional.empty());
    }
}
