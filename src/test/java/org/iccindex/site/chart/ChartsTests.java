package org.iccindex.site.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.iccindex.benchmark.Stats;
import org.junit.jupiter.api.Test;

/** Charts are SVG with integer coordinates (the PDF renderer wants them), escaped text and a title. */
class ChartsTests {
    private static final String DECIMAL_ATTRIBUTE = "=\"-?\\d+\\.\\d+\"";

    @Test
    void theProfileChartDrawsOneBarPerMetricAndTheReferenceTicks() {
        String svg = ProfileChart.svg(
                "p",
                "A & B <chart>",
                "desc",
                List.of("Aggregate", "Education", "Language"),
                List.of(new ProfileChart.Series(
                        "Ansan", List.of(OptionalDouble.of(79.5), OptionalDouble.of(95), OptionalDouble.empty()))),
                List.of(OptionalDouble.of(58.2), OptionalDouble.of(68), OptionalDouble.of(47)),
                "Sample mean");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").doesNotContainPattern(DECIMAL_ATTRIBUTE);
        assertThat(svg).contains("<title id=\"p-title\">A &amp; B &lt;chart&gt;</title>");
        assertThat(svg.split("class=\"bar series-0\"", -1)).hasSize(3 + 1); // two bars and the legend's
        assertThat(svg.split("class=\"reference\"", -1)).hasSize(4 + 1); // three ticks and the legend's
        // 79.5 on a 400 px axis from x=300: 300 + 318 = 618
        assertThat(svg).contains("<rect x=\"300\" y=\"").contains("width=\"318\"");
    }

    @Test
    void severalCitiesGetDistinctMarkers() {
        String svg = ProfileChart.svg(
                "c",
                "t",
                "d",
                List.of("Aggregate"),
                List.of(
                        new ProfileChart.Series("A", List.of(OptionalDouble.of(10))),
                        new ProfileChart.Series("B", List.of(OptionalDouble.of(20))),
                        new ProfileChart.Series("C", List.of(OptionalDouble.of(30))),
                        new ProfileChart.Series("D", List.of(OptionalDouble.of(40)))),
                List.of(OptionalDouble.empty()),
                "mean");
        assertThat(svg)
                .contains("<circle")
                .contains("<rect")
                .contains("marker series-2")
                .contains("marker series-3");
        assertThat(svg).doesNotContainPattern(DECIMAL_ATTRIBUTE);
    }

    @Test
    void theProgressAndDistributionChartsUseIntegersToo() {
        String progress = ProgressChart.svg(
                "g",
                "t",
                "d",
                List.of("2014", "2017", "2020"),
                List.of(
                        new ProgressChart.Line(
                                "Aggregate",
                                List.of(OptionalDouble.of(61.4), OptionalDouble.empty(), OptionalDouble.of(70.5))),
                        new ProgressChart.Line(
                                "Lens", List.of(OptionalDouble.of(65), OptionalDouble.of(66), OptionalDouble.of(72))),
                        new ProgressChart.Line(
                                "Sample",
                                List.of(OptionalDouble.of(55.3), OptionalDouble.of(56), OptionalDouble.of(57.9)))));
        assertThat(progress)
                .doesNotContainPattern(DECIMAL_ATTRIBUTE)
                .contains(">71</text>")
                .contains(">61</text>");
        String distribution = DistributionChart.svg(
                "d",
                "t",
                "d",
                List.of(
                        new DistributionChart.Point("a", 10.2, false),
                        new DistributionChart.Point("b", 10.4, true),
                        new DistributionChart.Point("c", 99.5, false)),
                new Stats(3, 40.03, 10.4, 10.3, 54.95, 10.2, 99.5),
                "Mean",
                "Median",
                java.util.Optional.of("b: 10"));
        assertThat(distribution).doesNotContainPattern(DECIMAL_ATTRIBUTE);
        assertThat(distribution.split("class=\"dot highlighted\"", -1)).hasSize(2 + 1); // the dot and the legend's
    }
}
