package org.iccindex.benchmark;

import java.util.Objects;
import org.iccindex.definition.AreaCode;

/** What is compared: one area's score, the lens composite, or the aggregate index. */
public sealed interface Metric {
    Lens LENS = new Lens();
    Aggregate AGGREGATE = new Aggregate();

    static Metric area(AreaCode code) {
        return new Area(code);
    }

    /** Identifier used in files and URLs: the area code, {@code lens} or {@code aggregate}. */
    String code();

    record Area(AreaCode area) implements Metric {
        public Area {
            Objects.requireNonNull(area, "area");
        }

        @Override
        public String code() {
            return area.value();
        }
    }

    record Lens() implements Metric {
        @Override
        public String code() {
            return "lens";
        }
    }

    record Aggregate() implements Metric {
        @Override
        public String code() {
            return "aggregate";
        }
    }
}
