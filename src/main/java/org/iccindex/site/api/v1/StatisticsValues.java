package org.iccindex.site.api.v1;

/**
 * A metric over a group: N cities with a figure, mean (the city sample result), median, quartiles (linear
 * interpolation, as R's default), minimum and maximum. Exact values.
 */
public record StatisticsValues(
        String metric, int n, double mean, double median, double q1, double q3, double min, double max) {}
