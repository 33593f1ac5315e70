package org.iccindex.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The band edges of one axis (ascending, lower-inclusive) and the profile facts that place a city on it. */
public record BandScheme(BandAxis axis, List<BigDecimal> edges, List<ProfileFact> facts) {
    public BandScheme {
        Objects.requireNonNull(axis, "axis");
        edges = List.copyOf(edges);
        facts = List.copyOf(facts);
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i).compareTo(edges.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("band edges must ascend: " + edges);
            }
        }
    }

    public List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i <= edges.size(); i++) {
            Optional<BigDecimal> lower = i == 0 ? Optional.empty() : Optional.of(edges.get(i - 1));
            Optional<BigDecimal> upper = i == edges.size() ? Optional.empty() : Optional.of(edges.get(i));
            bands.add(new Band(axis, i, lower, upper));
        }
        return bands;
    }

    public Band bandOf(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int index = 0;
        while (index < edges.size() && value.compareTo(edges.get(index)) >= 0) {
            index++;
        }
        return bands().get(index);
    }

    public Optional<Band> band(String code) {
        return bands().stream().filter(b -> b.code().equals(code)).findFirst();
    }
}
