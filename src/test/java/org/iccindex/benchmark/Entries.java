package org.iccindex.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;

/** Builds sample entries for the tests: a city published mid-2020 in round 2020 of mini-2024 unless told otherwise. */
final class Entries {
    private String city;
    private String name;
    private String country = "XX";
    private int round = 2020;
    private LocalDate publishedOn = LocalDate.of(2020, 6, 1);
    private Optional<BigDecimal> population = Optional.empty();
    private Optional<BigDecimal> foreignBorn = Optional.empty();
    private final Map<Metric, Double> values = new LinkedHashMap<>();
    private boolean synthetic;

    private Entries(String city) {
        this.city = city;
        this.name = Character.toUpperCase(city.charAt(0)) + city.substring(1);
    }

    static Entries city(String city) {
        return new Entries(city);
    }

    Entries name(String name) {
        this.name = name;
        return this;
    }

    Entries country(String country) {
        this.country = country;
        return this;
    }

    Entries round(int round) {
        this.round = round;
        return this;
    }

    Entries published(String date) {
        this.publishedOn = LocalDate.parse(date);
        return this;
    }

    Entries population(long inhabitants) {
        this.population = Optional.of(BigDecimal.valueOf(inhabitants));
        return this;
    }

    Entries foreignBorn(String percent) {
        this.foreignBorn = Optional.of(new BigDecimal(percent));
        return this;
    }

    Entries aggregate(double value) {
        values.put(Metric.AGGREGATE, value);
        return this;
    }

    Entries lens(double value) {
        values.put(Metric.LENS, value);
        return this;
    }

    Entries area(String area, double value) {
        values.put(Metric.area(new AreaCode(area)), value);
        return this;
    }

    /** A fictional city (the demo's synthetic sample). */
    Entries fictional() {
        this.synthetic = true;
        return this;
    }

    SampleEntry build() {
        return new SampleEntry(
                city,
                name,
                country,
                synthetic,
                new EditionId("mini-2024"),
                round,
                publishedOn,
                population,
                foreignBorn,
                values);
    }
}
