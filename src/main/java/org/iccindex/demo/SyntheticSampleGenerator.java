package org.iccindex.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.iccindex.definition.AreaCode;
import org.iccindex.demo.Places.Place;
import org.iccindex.edition.EditionCatalog;

/**
 * The synthetic demo sample: about 140 fictional cities with their results over the rounds 2011-2025, as CSV text in
 * the import layout of {@code docs/results-import.md}, every row marked {@code synthetic}.
 *
 * <p>Together with the published rows of {@code demo/published-results.csv}, the sample as of 27 August 2020 (the
 * date of the Ansan report) reproduces what that report says of its sample: 140 cities, 26 of 500,000 inhabitants
 * and more, 35 with a foreign-born share of 10-15 %, 16 that answered the areas introduced in 2019, the quoted
 * city-sample averages within rounding, and Ansan 4th among the cities of 500,000 and more. The same seed gives the
 * same text, byte for byte.
 */
public final class SyntheticSampleGenerator {
    /** The seed the demo data is loaded with. */
    public static final long DEFAULT_SEED = 20200827L;

    /** Cities that join after the 2020 snapshot; the others are in it. */
    private static final int NEWCOMERS = 10;

    /** Synthetic cities of 500,000 and more ranked above Ansan in 2020. */
    private static final int LEADERS = 3;

    private static final long LARGE = 500_000;

    private SyntheticSampleGenerator() {}

    /**
     * The whole synthetic sample generated from {@code seed}: a header row, then one row per city and round, scoring
     * the areas the catalogue's 2011 and 2019 definitions give.
     */
    public static String csv(EditionCatalog catalog, long seed) {
        SampleAreas areas = SampleAreas.of(catalog);
        Random random = new Random(seed);
        List<Place> places = new ArrayList<>(Places.all());
        Collections.shuffle(places, random);
        List<Place> joining = places.subList(0, NEWCOMERS);
        List<SyntheticCity> cities = CityProfiles.forSnapshot(places.subList(NEWCOMERS, places.size()), random);
        List<Round> anchors = Timeline.snapshotRounds(random);
        if (anchors.size() != cities.size()) {
            throw new IllegalStateException(anchors.size() + " snapshot rounds for " + cities.size() + " cities");
        }

        List<SyntheticResult> snapshot = new ArrayList<>();
        List<SyntheticResult> large = new ArrayList<>();
        Set<SyntheticResult> leaders = new HashSet<>();
        double[] strength = new double[cities.size()];
        for (int i = 0; i < cities.size(); i++) {
            SyntheticCity city = cities.get(i);
            strength[i] = random.nextGaussian();
            boolean isLarge = city.population() >= LARGE;
            boolean leader = isLarge && leaders.size() < LEADERS;
            if (isLarge) {
                // Leaders stand well above the sample, the other large cities not too far above it.
                strength[i] = leader ? 2.3 + 0.5 * random.nextDouble() : Math.min(strength[i], 1.3);
            }
            Edition edition = anchors.get(i).edition();
            SyntheticResult result = new SyntheticResult(
                    city, anchors.get(i), areas, ScoreDraw.fresh(areas, edition, strength[i], random));
            snapshot.add(result);
            if (isLarge) {
                large.add(result);
                if (leader) {
                    leaders.add(result);
                }
            }
        }
        SnapshotCalibration.placeAnsanFourth(areas, large, leaders);
        SnapshotCalibration.hitAverages(areas, snapshot, new HashSet<>(large), random);

        List<SyntheticResult> results = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            results.addAll(history(areas, snapshot.get(i), strength[i], random));
        }
        for (Place place : joining) {
            SyntheticCity city = CityProfiles.newcomer(place, random);
            double cityStrength = random.nextGaussian();
            List<Round> rounds = Timeline.newcomer(random);
            Map<AreaCode, Integer> first = ScoreDraw.fresh(areas, rounds.get(0).edition(), cityStrength, random);
            results.add(new SyntheticResult(city, rounds.get(0), areas, first));
            results.addAll(following(areas, city, first, rounds.subList(1, rounds.size()), cityStrength, random));
        }
        results.sort(Comparator.comparing((SyntheticResult r) -> r.city().slug())
                .thenComparing(r -> r.round().year()));
        return SampleCsv.write(areas, results, "synthetic demo data (seed " + seed + ")");
    }

    /** A snapshot result with the rounds the city answered before it and after it. */
    private static List<SyntheticResult> history(
            SampleAreas areas, SyntheticResult anchor, double strength, Random random) {
        SyntheticCity city = anchor.city();
        List<SyntheticResult> results = new ArrayList<>();
        List<Round> before = Timeline.earlier(anchor.round(), random);
        Map<AreaCode, Integer> scores = anchor.scores();
        for (int k = before.size() - 1; k >= 0; k--) {
            Round round = before.get(k);
            scores = ScoreDraw.progressed(areas, scores, round.edition(), false, strength, random);
            results.add(0, new SyntheticResult(city, round, areas, scores));
        }
        results.add(anchor);
        List<Round> after = Timeline.later(anchor.round(), Timeline.MOST_ROUNDS - 1 - before.size(), random);
        results.addAll(following(areas, city, anchor.scores(), after, strength, random));
        return results;
    }

    private static List<SyntheticResult> following(
            SampleAreas areas,
            SyntheticCity city,
            Map<AreaCode, Integer> from,
            List<Round> rounds,
            double strength,
            Random random) {
        List<SyntheticResult> results = new ArrayList<>();
        Map<AreaCode, Integer> scores = from;
        for (Round round : rounds) {
            scores = ScoreDraw.progressed(areas, scores, round.edition(), true, strength, random);
            results.add(new SyntheticResult(city, round, areas, scores));
        }
        return results;
    }
}
