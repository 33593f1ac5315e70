package org.iccindex.report.chart;

import org.iccindex.chart.Svg;

/**
 * A city's rank across method variants on one line: the ranks 1 (best, on the left) to {@code outOf}, a band over
 * the 90 % interval, a mark at the median rank and a thin tick at the rank with the edition's own method.
 */
public final class IntervalChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 96;
    static final int LEFT = 40;
    static final int PLOT = 560;
    static final int AXIS_Y = 52;
    static final int BAND = 16;

    private IntervalChart() {}

    /** The ranks and their labels in the report's language ("1st", "5th"...). */
    public record Ranks(int outOf, int low, int high, int median, int nominal) {
        public Ranks {
            if (outOf < 1 || low < 1 || high > outOf || low > high || median < low || median > high) {
                throw new IllegalArgumentException("ranks must satisfy 1 <= low <= median <= high <= outOf: " + low
                        + ", " + median + ", " + high + ", " + outOf);
            }
            if (nominal < 1 || nominal > outOf) {
                throw new IllegalArgumentException("the nominal rank lies in 1.." + outOf + ": " + nominal);
            }
        }
    }

    /** The labels drawn: the two ends of the axis, the interval's ends, the median and the legend. */
    public record Labels(String first, String last, String low, String high, String median, String legend) {}

    public static String svg(String id, String title, String description, Ranks ranks, Labels labels) {
        Svg svg = Svg.document(id, WIDTH, HEIGHT, title, description, BarChart.FONT_FAMILY);
        svg.line(LEFT, AXIS_Y, LEFT + PLOT, AXIS_Y, "#8593a3");
        svg.line(LEFT, AXIS_Y - 4, LEFT, AXIS_Y + 4, "#8593a3");
        svg.line(LEFT + PLOT, AXIS_Y - 4, LEFT + PLOT, AXIS_Y + 4, "#8593a3");
        svg.text(LEFT, AXIS_Y + 18, "middle", "#333333", labels.first(), 11, false);
        svg.text(LEFT + PLOT, AXIS_Y + 18, "middle", "#333333", labels.last(), 11, false);
        int low = x(ranks.low(), ranks.outOf());
        int high = x(ranks.high(), ranks.outOf());
        svg.rect(low, AXIS_Y - BAND / 2, Math.max(2, high - low), BAND, "#a9c1e0");
        int median = x(ranks.median(), ranks.outOf());
        svg.rect(median - 2, AXIS_Y - BAND / 2 - 3, 4, BAND + 6, "#1f4e96");
        int nominal = x(ranks.nominal(), ranks.outOf());
        svg.line(nominal, AXIS_Y - BAND / 2 - 6, nominal, AXIS_Y + BAND / 2 + 6, "#333333");
        svg.text(median, AXIS_Y - BAND / 2 - 8, "middle", "#1f4e96", labels.median(), 11, true);
        if (ranks.low() != ranks.high()) {
            svg.text(low, AXIS_Y + BAND / 2 + 14, "middle", "#333333", labels.low(), 10, false);
            svg.text(high, AXIS_Y + BAND / 2 + 14, "middle", "#333333", labels.high(), 10, false);
        }
        svg.text(LEFT, 14, "start", "#555555", labels.legend(), 10, false);
        return svg.close();
    }

    /** Rank 1 at the left end, rank {@code outOf} at the right end (one rank alone sits at the left). */
    static int x(int rank, int outOf) {
        return outOf == 1 ? LEFT : LEFT + (int) Math.round((double) PLOT * (rank - 1) / (outOf - 1));
    }
}
