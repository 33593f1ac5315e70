package org.iccindex.site.chart;

/** A small SVG writer: integer coordinates, escaped text, classes instead of inline styles. */
final class Svg {
    private final StringBuilder out = new StringBuilder(8192);

    /**
     * Opens an {@code <svg>} that scales to its container, labelled by its title and described by {@code desc}.
     * {@code id} must be unique on the page.
     */
    Svg(String id, int width, int height, String title, String desc) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(desc))
                .append("</desc>");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    Svg line(int x1, int y1, int x2, int y2, String cssClass) {
        out.append("<line x1=\"")
                .append(x1)
                .append("\" y1=\"")
                .append(y1)
                .append("\" x2=\"")
                .append(x2)
                .append("\" y2=\"")
                .append(y2)
                .append("\" class=\"")
                .append(cssClass)
                .append("\"/>");
        return this;
    }

    Svg rect(int x, int y, int width, int height, String cssClass) {
        out.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(Math.max(width, 0))
                .append("\" height=\"")
                .append(Math.max(height, 0))
                .append("\" class=\"")
                .append(cssClass)
                .append("\"/>");
        return this;
    }

    Svg circle(int cx, int cy, int r, String cssClass) {
        out.append("<circle cx=\"")
                .append(cx)
                .append("\" cy=\"")
                .append(cy)
                .append("\" r=\"")
                .append(r)
                .append("\" class=\"")
                .append(cssClass)
                .append("\"/>");
        return this;
    }

    Svg path(String d, String cssClass) {
        out.append("<path d=\"")
                .append(d)
                .append("\" class=\"")
                .append(cssClass)
                .append("\"/>");
        return this;
    }

    /** Text anchored {@code start}, {@code middle} or {@code end} at (x, y). */
    Svg text(int x, int y, String anchor, String cssClass, String text) {
        out.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" class=\"")
                .append(cssClass)
                .append("\">")
                .append(escape(text))
                .append("</text>");
        return this;
    }

    /** A marker of one of four shapes (circle, square, triangle, diamond) centred on (x, y), for series 0-3. */
    Svg marker(int series, int x, int y, int size, String cssClass) {
        int s = size;
        switch (series % 4) {
            case 0 -> circle(x, y, s, cssClass);
            case 1 -> rect(x - s, y - s, 2 * s, 2 * s, cssClass);
            case 2 ->
                path(
                        "M" + x + " " + (y - s - 1) + "L" + (x + s + 1) + " " + (y + s) + "L" + (x - s - 1) + " "
                                + (y + s) + "Z",
                        cssClass);
            default ->
                path(
                        "M" + x + " " + (y - s - 1) + "L" + (x + s + 1) + " " + y + "L" + x + " " + (y + s + 1) + "L"
                                + (x - s - 1) + " " + y + "Z",
                        cssClass);
        }
        return this;
    }

    Svg raw(String fragment) {
        out.append(fragment);
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }
}
