package org.iccindex.benchmark;

import java.util.Objects;
import java.util.Set;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Band;

/** A subset of the sample a city is compared with. */
public sealed interface ComparisonGroup {
    WholeSample WHOLE_SAMPLE = new WholeSample();

    boolean includes(SampleEntry entry);

    /** Every city in the sample. */
    record WholeSample() implements ComparisonGroup {
        @Override
        public boolean includes(SampleEntry entry) {
            return true;
        }
    }

    /** The cities in one population or foreign-born band (cities without that figure are in no band). */
    record InBand(Band band) implements ComparisonGroup {
        public InBand {
            Objects.requireNonNull(band, "band");
        }

        @Override
        public boolean includes(SampleEntry entry) {
            return entry.position(band.axis()).map(band::contains).orElse(false);
        }
    }

    /** The cities that answered an area, e.g. one of the indicators introduced in 2019. */
    record AnsweredArea(AreaCode area) implements ComparisonGroup {
        public AnsweredArea {
            Objects.requireNonNull(area, "area");
        }

        @Override
        public boolean includes(SampleEntry entry) {
            return entry.value(Metric.area(area)).isPresent();
        }
    }

    /** The cities in every one of several groups, e.g. a population band and a foreign-born band at once. */
    record AllOf(java.util.List<ComparisonGroup> groups) implements ComparisonGroup {
        public AllOf {
            groups = java.util.List.copyOf(groups);
        }

        @Override
        public boolean includes(SampleEntry entry) {
            return groups.stream().allMatch(g -> g.includes(entry));
        }
    }

    /** A filter chosen by a user: countries and/or named cities (an empty set does not constrain). */
    record Custom(String label, Set<String> countries, Set<String> cities) implements ComparisonGroup {
        public Custom {
            Objects.requireNonNull(label, "label");
            countries = Set.copyOf(countries);
            cities = Set.copyOf(cities);
        }

        @Override
        public boolean includes(SampleEntry entry) {
            return (countries.isEmpty() || countries.contains(entry.country()))
                    && (cities.isEmpty() || cities.contains(entry.city()));
        }
    }
}
