package org.iccindex.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.iccindex.chart.Svg;
import org.iccindex.scoring.Rounding;

/**
 * A horizontal bar chart on the 0-100 scale of the index: one row per label (an area, a comparison group), one bar
 * per series in each row (the city, a group mean, an earlier round), each bar labelled with its whole number.
 */
public final class BarChart {
    /** Fonts named in the charts: the same families the report registers, so any script has glyphs. */
    public static final String FONT_FAMILY = "'Noto Sans', 'NanumGothic', 'Noto Sans Arabic', sans-serif";

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 250;
    static final int PLOT_LEFT = 262;
    static final int PLOT_WIDTH = 330;
    static final int BAR = 13;
    static final int BAR_GAP = 3;
    static final int ROW_GAP = 12;
    static final int LEGEND = 26;
    static final int AXIS = 22;
    static final int LINE = 13;
    static final int MAX_LABEL_CHARS = 40;

    private BarChart() {}

    /** What a series stands for: it decides the bar's colour. */
    public enum Role {
        CITY("#1f4e96"),
        REFERENCE("#8593a3"),
        EARLIER("#a9c1e0");

        private final String fill;

        Role(String fill) {
            this.fill = fill;
        }
    }

    public record Series(String name, Role role) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A row: its label and one value per series (empty: no figure). */
    public record Row(String label, List<OptionalDouble> values) {
        public Row {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }

    /** The chart as an SVG element, identified by {@code id}, titled, described by {@code description}. */
    public static String svg(String id, String title, String description, List<Series> series, List<Row> rows) {
        for (Row row : rows) {
            if (row.values().size() != series.size()) {
                throw new IllegalArgumentException("row '" + row.label() + "' has "
                        + row.values().size() + " values for " + series.size() + " series");
            }
        }
        List<List<String>> labels = rows.stream().map(r -> wrap(r.label())).toList();
        int top = LEGEND;
        int height = top;
        List<Integer> rowTops = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            rowTops.add(height);
            height += rowHeight(series.size(), labels.get(i).size()) + ROW_GAP;
        }
        int plotBottom = height - ROW_GAP / 2;
        height = plotBottom + AXIS;

        Svg svg = Svg.document(id, WIDTH, height, title, description, FONT_FAMILY);
        legend(svg, series);
        for (int tick = 0; tick <= 100; tick += 25) {
            int x = x(tick);
            svg.line(x, top - 4, x, plotBottom, tick == 0 ? "#555555" : "#d5dae0");
            svg.text(x, plotBottom + 15, "middle", "#444444", String.valueOf(tick), 10, false);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int rowTop = rowTops.get(i);
            int barsHeight = series.size() * BAR + (series.size() - 1) * BAR_GAP;
            int block = Math.max(barsHeight, labels.get(i).size() * LINE);
            int labelTop = rowTop + (block - labels.get(i).size() * LINE) / 2;
            for (int l = 0; l < labels.get(i).size(); l++) {
                svg.text(
                        LABEL_WIDTH,
                        labelTop + (l + 1) * LINE - 3,
                        "end",
                        "#1a1a1a",
                        labels.get(i).get(l),
                        11,
                        false);
            }
            int barTop = rowTop + (block - barsHeight) / 2;
            for (int s = 0; s < series.size(); s++) {
                int y = barTop + s * (BAR + BAR_GAP);
                OptionalDouble value = row.values().get(s);
                if (value.isPresent()) {
                    double v = Math.max(0, Math.min(100, value.getAsDouble()));
                    int w = (int) Math.round(v * PLOT_WIDTH / 100.0);
                    svg.rect(PLOT_LEFT, y, Math.max(w, 1), BAR, series.get(s).role().fill);
                    svg.text(
                            PLOT_LEFT + w + 4,
                            y + BAR - 2,
                            "start",
                            "#1a1a1a",
                            String.valueOf(Rounding.whole(value.getAsDouble())),
                            10,
                            series.get(s).role() == Role.CITY);
                } else {
                    svg.text(PLOT_LEFT + 4, y + BAR - 2, "start", "#444444", "\u2013", 10, false);
                }
            }
        }
        return svg.close();
    }

    private static void legend(Svg svg, List<Series> series) {
        int x = PLOT_LEFT;
        for (Series s : series) {
            svg.rect(x, 6, 12, 12, s.role().fill);
            svg.text(x + 16, 16, "start", "#1a1a1a", s.name(), 11, false);
            x += 28 + Math.min(200, (int) Math.round(s.name().length() * 6.2));
        }
    }

    private static int rowHeight(int bars, int labelLines) {
        return Math.max(bars * BAR + (bars - 1) * BAR_GAP, labelLines * LINE);
    }

    static int x(double value) {
        return PLOT_LEFT + (int) Math.round(value * PLOT_WIDTH / 100.0);
    }

    /** A label in at most two lines of about {@value #MAX_LABEL_CHARS} characters, cut at spaces. */
    static List<String> wrap(String label) {
        if (label.length() <= MAX_LABEL_CHARS) {
            return List.of(label);
        }
        int cut = label.lastIndexOf(' ', MAX_LABEL_CHARS);
        if (cut <= 0) {
            return List.of(label.substring(0, MAX_LABEL_CHARS - 1) + "\u2026");
        }
        String rest = label.substring(cut + 1);
        if (rest.length() > MAX_LABEL_CHARS) {
            rest = rest.substring(0, MAX_LABEL_CHARS - 1) + "\u2026";
        }
        return List.of(label.substring(0, cut), rest);
    }
}
