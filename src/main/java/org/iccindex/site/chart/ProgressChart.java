package org.iccindex.site.chart;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.iccindex.chart.Svg;
import org.iccindex.scoring.Rounding;

/**
 * Scores across a city's rounds: up to three lines (solid, dashed, dotted), each point labelled with its value
 * (above the highest point of a round, below the lowest, beside the others), the legend above the plot.
 */
public final class ProgressChart {
    private static final int LEFT = 44;
    private static final int LEGEND_LINE = 20;
    private static final int PLOT_HEIGHT = 240;
    private static final int BOTTOM = 36;
    private static final int STEP = 160;
    private static final int MIN_SLOTS = 4;
    private static final String[] LINES = {"line series-0", "line series-1 dashed", "line reference dotted"};
    private static final String[] MARKERS = {"marker series-0", "marker series-1", "marker series-ref"};

    /** One line: its label and its value at each round (empty where it has none). */
    public record Line(String label, List<OptionalDouble> values) {
        public Line {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }

    private ProgressChart() {}

    /**
     * @param rounds the x-axis labels (round years), oldest first
     * @param lines up to three lines, each with a value (or none) per round
     */
    public static String svg(String id, String title, String description, List<String> rounds, List<Line> lines) {
        int count = Math.min(lines.size(), LINES.length);
        int top = 12 + count * LEGEND_LINE + 12;
        int width = LEFT + Math.max(rounds.size(), MIN_SLOTS) * STEP + 40;
        int height = top + PLOT_HEIGHT + BOTTOM;
        Svg svg = Svg.page(id, width, height, title, description);
        for (int l = 0; l < count; l++) {
            int y = 12 + l * LEGEND_LINE + 8;
            svg.line(LEFT, y, LEFT + 30, y, LINES[l]);
            svg.marker(l == 2 ? 3 : l, LEFT + 15, y, 4, MARKERS[l]);
            svg.text(LEFT + 40, y + 5, "start", "legend", lines.get(l).label());
        }
        for (int tick = 0; tick <= 100; tick += 25) {
            int y = y(top, tick);
            svg.line(LEFT, y, width - 20, y, tick == 0 ? "axis" : "grid");
            svg.text(LEFT - 8, y + 4, "end", "tick", String.valueOf(tick));
        }
        for (int r = 0; r < rounds.size(); r++) {
            svg.text(x(r), top + PLOT_HEIGHT + 22, "middle", "tick", rounds.get(r));
        }
        for (int l = 0; l < count; l++) {
            Line line = lines.get(l);
            StringBuilder d = new StringBuilder();
            for (int r = 0; r < line.values().size(); r++) {
                OptionalDouble value = line.values().get(r);
                if (value.isPresent()) {
                    d.append(d.length() == 0 ? "M" : "L")
                            .append(x(r))
                            .append(' ')
                            .append(y(top, value.getAsDouble()));
                }
            }
            if (d.length() > 0) {
                svg.path(d.toString(), LINES[l]);
            }
        }
        for (int l = 0; l < count; l++) {
            List<OptionalDouble> values = lines.get(l).values();
            for (int r = 0; r < values.size(); r++) {
                if (values.get(r).isEmpty()) {
                    continue;
                }
                double value = values.get(r).getAsDouble();
                int px = x(r);
                int py = y(top, value);
                svg.marker(l == 2 ? 3 : l, px, py, 4, MARKERS[l]);
                String label = String.valueOf(Rounding.whole(value));
                int place = place(lines, count, l, r, value);
                if (place > 0) {
                    svg.text(px, py - 10, "middle", "value", label);
                } else if (place < 0) {
                    svg.text(px, py + 20, "middle", "value", label);
                } else {
                    svg.text(px + 10, py + 4, "start", "value", label);
                }
            }
        }
        return svg.close();
    }

    /** 1 when this point is the highest of its round, -1 the lowest, 0 in between. */
    private static int place(List<Line> lines, int count, int line, int round, double value) {
        boolean highest = true;
        boolean lowest = true;
        for (int other = 0; other < count; other++) {
            if (other == line || round >= lines.get(other).values().size()) {
                continue;
            }
            OptionalDouble v = lines.get(other).values().get(round);
            if (v.isPresent()) {
                boolean before = other < line;
                highest &= value > v.getAsDouble() || (value == v.getAsDouble() && !before);
                lowest &= value < v.getAsDouble() || (value == v.getAsDouble() && before);
            }
        }
        return highest ? 1 : lowest ? -1 : 0;
    }

    private static int x(int round) {
        return LEFT + STEP / 2 + round * STEP;
    }

    private static int y(int top, double value) {
        double clamped = Math.max(0, Math.min(100, value));
        return top + PLOT_HEIGHT - (int) Math.round(clamped * PLOT_HEIGHT / 100.0);
    }
}
