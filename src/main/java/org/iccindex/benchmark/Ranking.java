package org.iccindex.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.iccindex.scoring.Rounding;

/**
 * The cities of a group that have a metric, best first, with competition ranks (1, 2, 2, 4). A city is ranked only
 * among the cities of its own kind: real cities among real ones, the fictional cities of the demo sample among
 * fictional ones, so that a real city's place never depends on invented figures (and never names a fictional city
 * as its neighbour).
 */
public final class Ranking {
    private static final Comparator<Keyed> HIGHEST_FIRST =
            Comparator.comparingDouble(Keyed::key).reversed();

    private final Metric metric;
    private final Roster roster;
    private final List<SampleEntry> ordered;
    /** The exact value of each ranked city, in ranking order. */
    private final double[] values;

    /** Each city's position among the cities of its own kind. */
    private final int[] positions;
    /** For each index, the last index of the cities of its kind tied with it (itself when untied). */
    private final int[] lastOfTie;
    /** For each index, the first index of the cities of its kind tied with it (itself when untied). */
    private final int[] firstOfTie;
    /** How many ranked cities are real and how many synthetic. */
    private final int real;

    private final int synthetic;
    /** For each member of the roster, its index in the ranking, or -1 when it has no value. */
    private final int[] indexOfMember;

    /** A member of the roster with the value it is ranked on. */
    private record Keyed(int member, double value, double key) {}

    private Ranking(Metric metric, Roster roster, List<Keyed> ranked) {
        this.metric = metric;
        this.roster = roster;
        int size = ranked.size();
        SampleEntry[] entries = new SampleEntry[size];
        this.values = new double[size];
        this.positions = new int[size];
        this.lastOfTie = new int[size];
        this.firstOfTie = new int[size];
        this.indexOfMember = new int[roster.size()];
        Arrays.fill(indexOfMember, -1);
        int[] seen = new int[2];
        int[] previous = {-1, -1};
        for (int i = 0; i < size; i++) {
            Keyed keyed = ranked.get(i);
            entries[i] = roster.get(keyed.member());
            values[i] = keyed.value();
            indexOfMember[keyed.member()] = i;
            int kind = kind(entries[i]);
            int before = previous[kind];
            seen[kind]++;
            boolean tied = before >= 0 && ranked.get(before).key() == keyed.key();
            positions[i] = tied ? positions[before] : seen[kind];
            firstOfTie[i] = tied ? firstOfTie[before] : i;
            previous[kind] = i;
        }
        int[] next = {-1, -1};
        for (int i = size - 1; i >= 0; i--) {
            int kind = kind(entries[i]);
            int after = next[kind];
            lastOfTie[i] =
                    after >= 0 && ranked.get(i).key() == ranked.get(after).key() ? lastOfTie[after] : i;
            next[kind] = i;
        }
        this.ordered = List.of(entries);
        this.real = seen[0];
        this.synthetic = seen[1];
    }

    private static int kind(SampleEntry entry) {
        return entry.synthetic() ? 1 : 0;
    }

    /** The ranking of {@code members} that have a value of {@code metric} (a NaN counts as none). */
    public static Ranking of(List<SampleEntry> members, Metric metric, TiePolicy ties) {
        Roster roster = Roster.of(members);
        return of(roster, roster.values(Roster.column(members, metric)), metric, ties);
    }

    /**
     * The ranking of a roster's members on their {@code values} (in the roster's name order, NaN where a member has
     * none). A group ranks all its metrics on one roster. Each key is computed once, and the sort on it is stable, so
     * that cities that tie stay in name order.
     */
    static Ranking of(Roster roster, double[] values, Metric metric, TiePolicy ties) {
        List<Keyed> ranked = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (!Double.isNaN(value)) {
                ranked.add(new Keyed(i, value, ties == TiePolicy.WHOLE_NUMBERS ? Rounding.whole(value) : value));
            }
        }
        ranked.sort(HIGHEST_FIRST);
        return new Ranking(metric, roster, ranked);
    }

    public Metric metric() {
        return metric;
    }

    /** The ranked cities of both kinds, best first. */
    public List<SampleEntry> ordered() {
        return ordered;
    }

    public int size() {
        return ordered.size();
    }

    /** How many ranked cities are of the kind given (real or synthetic). */
    public int size(boolean synthetic) {
        return synthetic ? this.synthetic : real;
    }

    /** The exact values of the ranked cities, best first; not to be modified. */
    double[] values() {
        return values;
    }

    /**
     * The city's position among the cities of its own kind, with up to {@code neighbours} cities of that kind on
     * each side; empty if it has no value here.
     */
    public Optional<RankPosition> positionOf(String city, int neighbours) {
        int member = roster.indexOf(city);
        int index = member < 0 ? -1 : indexOfMember[member];
        if (index < 0) {
            return Optional.empty();
        }
        boolean kind = ordered.get(index).synthetic();
        List<RankPosition.Neighbour> ahead = new ArrayList<>();
        for (int i = lastOfTie[index] + 1; i < ordered.size() && ahead.size() < neighbours; i++) {
            if (ordered.get(i).synthetic() == kind) {
                ahead.add(neighbour(i));
            }
        }
        List<RankPosition.Neighbour> behind = new ArrayList<>();
        for (int i = firstOfTie[index] - 1; i >= 0 && behind.size() < neighbours; i--) {
            if (ordered.get(i).synthetic() == kind) {
                behind.add(neighbour(i));
            }
        }
        return Optional.of(new RankPosition(positions[index], size(kind), ahead, behind));
    }

    private RankPosition.Neighbour neighbour(int index) {
        SampleEntry entry = ordered.get(index);
        return new RankPosition.Neighbour(entry.city(), entry.name(), values[index]);
    }
}
