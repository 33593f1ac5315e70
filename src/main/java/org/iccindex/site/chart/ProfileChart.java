package org.iccindex.site.chart;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.iccindex.chart.Svg;

/**
 * Scores from 0 to 100 on each metric (one row per metric): one to four cities as bars (one city) or markers of
 * distinct shapes (several), and a reference such as the sample mean as a dark tick on each row.
 */
public final class ProfileChart {
    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 400;
    private static final int RIGHT = 24;
    private static final int ROW = 24;
    private static final int LEGEND = 34;
    private static final int AXIS = 30;

    /** A city's values, in row order (empty where it has no figure). */
    public record Series(String label, List<OptionalDouble> values) {
        public Series {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }

    private ProfileChart() {}

    /**
     * @param rows metric names, top to bottom
     * @param series one to four cities
     * @param reference the reference value per row (empty where none), drawn as a tick
     */
    public static String svg(
            String id,
            String title,
            String description,
            List<String> rows,
            List<Series> series,
            List<OptionalDouble> reference,
            String referenceLabel) {
        if (series.isEmpty() || series.size() > 4) {
            throw new IllegalArgumentException("a profile chart shows one to four cities");
        }
        int width = LABEL_WIDTH + PLOT_WIDTH + RIGHT;
        int height = LEGEND + rows.size() * ROW + AXIS;
        Svg svg = Svg.page(id, width, height, title, description);
        legend(svg, series, referenceLabel);
        int top = LEGEND;
        for (int tick = 0; tick <= 100; tick += 25) {
            int x = x(tick);
            svg.line(x, top, x, top + rows.size() * ROW, tick == 0 ? "axis" : "grid");
            svg.text(x, top + rows.size() * ROW + 18, "middle", "tick", String.valueOf(tick));
        }
        boolean single = series.size() == 1;
        for (int r = 0; r < rows.size(); r++) {
            int y = top + r * ROW + ROW / 2;
            svg.text(LABEL_WIDTH - 10, y + 5, "end", "label", rows.get(r));
            if (single) {
                OptionalDouble value = series.get(0).values().get(r);
                if (value.isPresent()) {
                    int end = x(value.getAsDouble());
                    svg.rect(x(0), y - 7, end - x(0), 14, "bar series-0");
                }
            }
            OptionalDouble ref = r < reference.size() ? reference.get(r) : OptionalDouble.empty();
            if (ref.isPresent()) {
                int rx = x(ref.getAsDouble());
                svg.line(rx, y - 10, rx, y + 10, "reference");
            }
            if (!single) {
                for (int s = 0; s < series.size(); s++) {
                    OptionalDouble value = series.get(s).values().get(r);
                    if (value.isPresent()) {
                        svg.marker(s, x(value.getAsDouble()), y, 5, "marker series-" + s);
                    }
                }
            }
        }
        return svg.close();
    }

    private static void legend(Svg svg, List<Series> series, String referenceLabel) {
        int x = 8;
        int y = 18;
        for (int s = 0; s < series.size(); s++) {
            if (series.size() == 1) {
                svg.rect(x, y - 7, 18, 12, "bar series-0");
            } else {
                svg.marker(s, x + 8, y - 1, 5, "marker series-" + s);
            }
            String label = series.get(s).label();
            svg.text(x + 24, y + 4, "start", "legend", label);
            x += 34 + Math.min(label.length(), 28) * 8;
        }
        svg.line(x + 8, y - 9, x + 8, y + 7, "reference");
        svg.text(x + 18, y + 4, "start", "legend", referenceLabel);
    }

    private static int x(double value) {
        double clamped = Math.max(0, Math.min(100, value));
        return LABEL_WIDTH + (int) Math.round(clamped * PLOT_WIDTH / 100.0);
    }
}
