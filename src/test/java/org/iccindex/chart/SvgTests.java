package org.iccindex.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one SVG writer: the same shapes, painted by CSS class on pages and by colour in documents. */
class SvgTests {

    @Test
    void aPageChartNamesCssClassesAndEscapesItsTexts() {
        String svg = Svg.page("p", 100, 50, "A & B", "<desc>")
                .rect(1, 2, -3, 4, "bar")
                .line(0, 0, 10, 0, "axis")
                .text(5, 6, "end", "label", "Rock 'n' roll")
                .close();

        assertThat(svg)
                .startsWith(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 100 50\"")
                .contains("<title id=\"p-title\">A &amp; B</title><desc id=\"p-desc\">&lt;desc&gt;</desc>")
                // a negative width is drawn as nothing, not as invalid SVG
                .contains("<rect x=\"1\" y=\"2\" width=\"0\" height=\"4\" class=\"bar\"/>")
                .contains("<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"0\" class=\"axis\"/>")
                .contains("<text x=\"5\" y=\"6\" text-anchor=\"end\" class=\"label\">Rock &#39;n&#39; roll</text>")
                .endsWith("</svg>")
                .doesNotContain("fill=")
                .doesNotContain("stroke=");
    }

    @Test
    void aDocumentChartPaintsWithColoursAndCarriesItsTextAlternativeAndFont() {
        String svg = Svg.document("d", 640, 90, "Title", "Every number", "'Noto Sans', sans-serif")
                .rect(1, 2, 3, 4, "#1f4e96")
                .line(0, 0, 10, 0, "#8593a3")
                .text(5, 6, "middle", "#333333", "42", 11, true)
                .close();

        assertThat(svg)
                .contains("id=\"d\" class=\"chart\" width=\"640\" height=\"90\" viewBox=\"0 0 640 90\"")
                .contains("alt=\"Title. Every number\" font-family=\"&#39;Noto Sans&#39;, sans-serif\"")
                .contains("<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#1f4e96\"/>")
                .contains("<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"0\" stroke=\"#8593a3\" stroke-width=\"1\"/>")
                .contains(
                        "<text x=\"5\" y=\"6\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333333\" font-weight=\"bold\">42</text>")
                .doesNotContain("class=\"#");
    }

    @Test
    void fourSeriesGetFourMarkerShapes() {
        Svg svg = Svg.page("m", 10, 10, "t", "d");
        for (int series = 0; series < 4; series++) {
            svg.marker(series, 5, 5, 2, "marker");
        }
        String out = svg.close();

        assertThat(out).contains("<circle cx=\"5\" cy=\"5\" r=\"2\" class=\"marker\"/>");
        assertThat(out).contains("<rect x=\"3\" y=\"3\" width=\"4\" height=\"4\" class=\"marker\"/>");
        assertThat(out.split("<path ", -1)).hasSize(2 + 1);
    }
}
