package org.iccindex.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import org.iccindex.demo.Places.Place;

/**
 * Population and foreign-born share of the fictional cities. The cities in the 2020 snapshot fill the comparison
 * bands in fixed numbers (so that, with the published rows, the bands hold the counts the 2020 report quotes); which
 * city lands in which band follows a seeded latent size and diversity that leans on its country's traits.
 */
final class CityProfiles {
    /**
     * Synthetic cities per population band (below 100,000 / 100,000-200,000 / 200,000-500,000 / 500,000 and more).
     * With Ansan (720,000) the 2020 snapshot has 26 cities of 500,000 and more.
     */
    static final int[] POPULATION_COUNTS = {36, 34, 34, 25};

    /** Synthetic cities per foreign-born band (below 10 / 10-15 / 15-20 / 20 % and more); with Ansan, 35 in 10-15. */
    static final int[] FOREIGN_BORN_COUNTS = {30, 34, 30, 35};

    /** Values are drawn inside these ranges, clear of the band edges. */
    private static final double[][] POPULATION_RANGES = {
        {28_000, 98_000}, {102_000, 197_000}, {204_000, 494_000}, {512_000, 2_900_000}
    };

    private static final double[][] FOREIGN_BORN_RANGES = {{12, 98}, {102, 148}, {152, 198}, {203, 420}};

    private static final long[] POPULATION_EDGES = {100_000, 200_000, 500_000};
    private static final int[] FOREIGN_BORN_EDGES = {100, 150, 200};

    private CityProfiles() {}

    /** Profiles for the cities in the 2020 snapshot; there must be exactly as many as the band counts add up to. */
    static List<SyntheticCity> forSnapshot(List<Place> places, Random random) {
        int n = places.size();
        if (n != IntStream.of(POPULATION_COUNTS).sum()
                || n != IntStream.of(FOREIGN_BORN_COUNTS).sum()) {
            throw new IllegalArgumentException("band counts do not add up to " + n + " cities");
        }
        double[] size = new double[n];
        double[] diversity = new double[n];
        for (int i = 0; i < n; i++) {
            Place place = places.get(i);
            // The country's leaning weighs more than chance: no million-strong city in Malta.
            size[i] = 1.6 * place.sizeBias() + 0.8 * random.nextGaussian();
            // Larger cities tend to be more diverse than their country's typical city.
            diversity[i] = StrictMath.log(place.foreignBornTypical()) + 0.35 * random.nextGaussian() + 0.1 * size[i];
        }
        double[] population = placeInBands(size, POPULATION_COUNTS, POPULATION_RANGES, random);
        double[] foreignBorn = placeInBands(diversity, FOREIGN_BORN_COUNTS, FOREIGN_BORN_RANGES, random);
        List<SyntheticCity> cities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int tenths = (int) Math.round(foreignBorn[i]);
            cities.add(city(places.get(i), Math.round(population[i]), tenths, random));
        }
        return cities;
    }

    /** A profile for a city that joins after the snapshot: no band quota, only its country's traits. */
    static SyntheticCity newcomer(Place place, Random random) {
        double size = place.sizeBias() + random.nextGaussian();
        long population = Math.round(StrictMath.exp(StrictMath.log(150_000) + 0.9 * size));
        population = Math.max(30_000, Math.min(2_500_000, population));
        for (long edge : POPULATION_EDGES) {
            population += population == edge ? 1 : 0;
        }
        int tenths = (int) Math.round(10 * place.foreignBornTypical() * StrictMath.exp(0.35 * random.nextGaussian()));
        tenths = Math.max(8, Math.min(450, tenths));
        for (int edge : FOREIGN_BORN_EDGES) {
            tenths += tenths == edge ? 1 : 0;
        }
        return city(place, population, tenths, random);
    }

    private static SyntheticCity city(Place place, long population, int foreignBornTenths, Random random) {
        OptionalInt nonNational = OptionalInt.empty();
        if (random.nextBoolean()) {
            // Non-nationals are a part of the foreign-born (and of their children): a smaller share.
            int tenths = (int) Math.round(foreignBornTenths * (0.35 + 0.45 * random.nextDouble()));
            nonNational = OptionalInt.of(Math.max(1, tenths));
        }
        return new SyntheticCity(
                SyntheticCity.slugOf(place.name()),
                place.name(),
                place.country(),
                population,
                foreignBornTenths,
                nonNational);
    }

    /**
     * Ranks the cities by a latent value, fills the bands from the lowest in the given numbers, and spreads each
     * band's cities over its range in rank order (geometrically, so that small values are denser).
     */
    private static double[] placeInBands(double[] latent, int[] counts, double[][] ranges, Random random) {
        Integer[] order = IntStream.range(0, latent.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> latent[i]));
        double[] values = new double[latent.length];
        int next = 0;
        for (int band = 0; band < counts.length; band++) {
            double low = StrictMath.log(ranges[band][0]);
            double high = StrictMath.log(ranges[band][1]);
            for (int k = 0; k < counts[band]; k++) {
                double fraction = (k + 0.15 + 0.7 * random.nextDouble()) / counts[band];
                values[order[next++]] = StrictMath.exp(low + fraction * (high - low));
            }
        }
        return values;
    }
}
