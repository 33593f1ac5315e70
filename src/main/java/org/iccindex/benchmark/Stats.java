package org.iccindex.benchmark;

/**
 * Summary of one metric over a group: N, the mean (the "city sample result"), median, quartiles (linear
 * interpolation between order statistics, as R's default and Excel's QUARTILE.INC), minimum and maximum.
 */
public record Stats(int n, double mean, double median, double q1, double q3, double min, double max) {
    public Stats {
        if (n <= 0) {
            throw new IllegalArgumentException("statistics need at least one value");
        }
    }
}
