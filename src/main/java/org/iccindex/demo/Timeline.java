package org.iccindex.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * When the synthetic cities answered and were published. Cities redo the index about every three years; a result
 * is published in its round's year or early the next. Results published before 2019 belong to {@code icc-2011}.
 */
final class Timeline {
    static final LocalDate SNAPSHOT = LocalDate.of(2020, 8, 27);

    /** Cities whose result in the 2020 snapshot is from the 2019 edition (with Ansan, 16 answered the new areas). */
    static final int NEWER_EDITION_IN_SNAPSHOT = 15;

    /** Cities whose latest result by 2020 is from the 2011 edition, per round 2011, 2012, ... 2018. */
    private static final int[] OLDER_EDITION_PER_ROUND = {10, 12, 13, 14, 15, 16, 17, 17};

    /** No city has more rounds than this (one every three years). */
    static final int MOST_ROUNDS = 3;

    private static final LocalDate LAST_PUBLICATION = LocalDate.of(2026, 6, 30);

    private Timeline() {}

    /** The result of each city in the 2020 snapshot, in random order; as many as the counts above add up to. */
    static List<Round> snapshotRounds(Random random) {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < NEWER_EDITION_IN_SNAPSHOT; i++) {
            boolean answered2019 = random.nextDouble() < 0.6;
            LocalDate published = answered2019
                    ? between(random, LocalDate.of(2019, 2, 1), LocalDate.of(2020, 3, 31))
                    : between(random, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 8, 20));
            rounds.add(new Round(answered2019 ? 2019 : 2020, published));
        }
        for (int k = 0; k < OLDER_EDITION_PER_ROUND.length; k++) {
            int year = 2011 + k;
            for (int i = 0; i < OLDER_EDITION_PER_ROUND[k]; i++) {
                // The 2018 round must be out before 2019 to belong to the older edition.
                rounds.add(new Round(year, published(random, year, year < 2018 ? 0.35 : 0)));
            }
        }
        Collections.shuffle(rounds, random);
        return rounds;
    }

    /** Earlier rounds of a city, oldest first: some cities had answered three or six years before. */
    static List<Round> earlier(Round anchor, Random random) {
        List<Round> rounds = new ArrayList<>();
        int year = anchor.year() - 3;
        while (year >= 2011
                && rounds.size() < MOST_ROUNDS - 1
                && random.nextDouble() < (rounds.isEmpty() ? 0.4 : 0.35)) {
            rounds.add(0, new Round(year, published(random, year, 0.35)));
            year -= 3;
        }
        return rounds;
    }

    /**
     * Up to {@code most} later rounds of a city, published after the snapshot; cities answering in 2017 or later
     * often come back.
     */
    static List<Round> later(Round anchor, int most, Random random) {
        List<Round> rounds = new ArrayList<>();
        if (most <= 0) {
            return rounds;
        }
        int year;
        if (anchor.year() >= 2017) {
            if (random.nextDouble() >= 0.5) {
                return rounds;
            }
            year = anchor.year() + 3;
        } else {
            if (random.nextDouble() >= 0.12) {
                return rounds;
            }
            year = 2021 + random.nextInt(4);
        }
        rounds.add(afterSnapshot(year, random));
        while (rounds.size() < most && year + 3 <= 2025 && random.nextDouble() < 0.4) {
            year += 3;
            rounds.add(afterSnapshot(year, random));
        }
        return rounds;
    }

    /** The rounds of a city that joins after the snapshot: a first result published 2021-2025, maybe a second. */
    static List<Round> newcomer(Random random) {
        List<Round> rounds = new ArrayList<>();
        int year = 2021 + random.nextInt(4);
        rounds.add(afterSnapshot(year, random));
        if (year + 3 <= 2025 && random.nextDouble() < 0.4) {
            rounds.add(afterSnapshot(year + 3, random));
        }
        return rounds;
    }

    private static Round afterSnapshot(int year, Random random) {
        if (year == SNAPSHOT.getYear()) {
            return new Round(year, between(random, LocalDate.of(2020, 9, 15), LocalDate.of(2021, 5, 31)));
        }
        Round round = new Round(year, published(random, year, 0.4));
        if (round.publishedOn().isAfter(LAST_PUBLICATION)) {
            throw new IllegalStateException("published too late: " + round);
        }
        return round;
    }

    /** A publication date in the round's year, or with the given probability in the first half of the next. */
    private static LocalDate published(Random random, int year, double nextYear) {
        if (random.nextDouble() < nextYear) {
            return between(random, LocalDate.of(year + 1, 1, 10), LocalDate.of(year + 1, 6, 30));
        }
        return between(random, LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 15));
    }

    private static LocalDate between(Random random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(random.nextInt((int) days + 1));
    }
}
