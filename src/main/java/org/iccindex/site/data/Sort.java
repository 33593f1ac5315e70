package org.iccindex.site.data;

import java.util.Objects;
import java.util.Optional;
import org.iccindex.benchmark.Metric;

/** How a league is ordered: on a metric (best first by default) or on the city's name, country or round. */
public record Sort(Column column, Optional<Metric> metric, boolean descending) {
    /** What the rows are ordered on. */
    public enum Column {
        /** A metric's value; cities without a figure come last either way. */
        METRIC,
        /** The city's name. */
        CITY,
        /** The country, then the name. */
        COUNTRY,
        /** The round year, then the name. */
        ROUND
    }

    public static final Sort DEFAULT = new Sort(Column.METRIC, Optional.of(Metric.AGGREGATE), true);

    public Sort {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(metric, "metric");
        if ((column == Column.METRIC) != metric.isPresent()) {
            throw new IllegalArgumentException("a metric sort names its metric, and only it");
        }
    }

    /** The {@code sort} parameter's value: the metric code, or {@code city}, {@code country}, {@code round}. */
    public String key() {
        return metric.map(Metric::code).orElse(column.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The natural direction of a column: best first for metrics, A to Z and oldest first otherwise. */
    public static boolean naturallyDescending(Column column) {
        return column == Column.METRIC;
    }
}
