package org.iccindex.site.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.benchmark.Stats;
import org.iccindex.chart.Svg;
import org.iccindex.scoring.Rounding;

/**
 * Every city's score on one metric as a dot (dots on the same whole number stack up), above it a box plot (minimum,
 * quartiles, median, maximum) and the mean as a diamond; one city may be highlighted.
 */
public final class DistributionChart {
    private static final int LEFT = 24;
    private static final int PLOT_WIDTH = 700;
    private static final int DOT = 7;
    private static final int BOX_TOP = 40;
    private static final int BOX_HEIGHT = 28;

    /** A city's value; {@code highlighted} draws it apart. */
    public record Point(String city, double value, boolean highlighted) {
        public Point {
            Objects.requireNonNull(city, "city");
        }
    }

    private DistributionChart() {}

    public static String svg(
            String id,
            String title,
            String description,
            List<Point> points,
            Stats stats,
            String meanLabel,
            String medianLabel,
            Optional<String> highlightLabel) {
        int[] stack = new int[101];
        for (Point p : points) {
            stack[clamp(Rounding.whole(p.value()))]++;
        }
        int tallest = 1;
        for (int count : stack) {
            tallest = Math.max(tallest, count);
        }
        int dotsTop = BOX_TOP + BOX_HEIGHT + 24;
        int dotsHeight = tallest * DOT + 8;
        int axisY = dotsTop + dotsHeight;
        int width = LEFT * 2 + PLOT_WIDTH;
        int height = axisY + 34;
        Svg svg = Svg.page(id, width, height, title, description);
        // legend
        svg.path(diamond(LEFT + 8, 16), "mean");
        svg.text(LEFT + 20, 20, "start", "legend", meanLabel);
        svg.line(LEFT + 200, 8, LEFT + 200, 24, "median");
        svg.text(LEFT + 208, 20, "start", "legend", medianLabel);
        highlightLabel.ifPresent(label -> {
            svg.circle(LEFT + 420, 16, 5, "dot highlighted");
            svg.text(LEFT + 430, 20, "start", "legend", label);
        });
        // box plot
        int mid = BOX_TOP + BOX_HEIGHT / 2;
        svg.line(x(stats.min()), mid, x(stats.q1()), mid, "whisker");
        svg.line(x(stats.q3()), mid, x(stats.max()), mid, "whisker");
        svg.line(x(stats.min()), mid - 8, x(stats.min()), mid + 8, "whisker");
        svg.line(x(stats.max()), mid - 8, x(stats.max()), mid + 8, "whisker");
        svg.rect(x(stats.q1()), BOX_TOP, x(stats.q3()) - x(stats.q1()), BOX_HEIGHT, "box");
        svg.line(x(stats.median()), BOX_TOP, x(stats.median()), BOX_TOP + BOX_HEIGHT, "median");
        svg.path(diamond(x(stats.mean()), mid), "mean");
        // dots stack on their whole number; highlighted ones are drawn last so they stay on top
        int[] placed = new int[101];
        int[] heights = new int[points.size()];
        for (int i = 0; i < points.size(); i++) {
            int bucket = clamp(Rounding.whole(points.get(i).value()));
            heights[i] = axisY - 6 - placed[bucket]++ * DOT;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                if (p.highlighted() == (pass == 1)) {
                    int bucket = clamp(Rounding.whole(p.value()));
                    svg.circle(
                            x(bucket),
                            heights[i],
                            p.highlighted() ? 5 : 3,
                            p.highlighted() ? "dot highlighted" : "dot");
                }
            }
        }
        svg.line(LEFT, axisY, LEFT + PLOT_WIDTH, axisY, "axis");
        for (int tick = 0; tick <= 100; tick += 10) {
            svg.line(x(tick), axisY, x(tick), axisY + 5, "axis");
            svg.text(x(tick), axisY + 20, "middle", "tick", String.valueOf(tick));
        }
        return svg.close();
    }

    private static String diamond(int x, int y) {
        return "M" + x + " " + (y - 7) + "L" + (x + 7) + " " + y + "L" + x + " " + (y + 7) + "L" + (x - 7) + " " + y
                + "Z";
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(100, value));
    }

    private static int x(double value) {
        double clamped = Math.max(0, Math.min(100, value));
        return LEFT + (int) Math.round(clamped * PLOT_WIDTH / 100.0);
    }
}
