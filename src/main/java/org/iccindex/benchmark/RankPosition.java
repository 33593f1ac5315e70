package org.iccindex.benchmark;

import java.util.List;

/**
 * A city's place in a ranking: {@code position} of {@code outOf} (ties share a position: 1, 2, 2, 4), the cities
 * just behind it ({@code ahead}: the city is ahead of them, nearest first) and just before it ({@code behind}).
 */
public record RankPosition(int position, int outOf, List<Neighbour> ahead, List<Neighbour> behind) {
    public RankPosition {
        ahead = List.copyOf(ahead);
        behind = List.copyOf(behind);
    }

    /** A city next to another in a ranking, with its exact value. */
    public record Neighbour(String city, String name, double value) {}
}
