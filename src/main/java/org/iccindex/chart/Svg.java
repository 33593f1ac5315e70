package org.iccindex.chart;

/**
 * The SVG writer of every chart: integer coordinates, escaped text, well-formed XML (the PDF renderer parses it).
 * Pages style charts with CSS classes ({@link #page}); documents, whose renderer applies no page style sheet, with
 * presentation attributes ({@link #document}). The last string of each shape names a CSS class in the first case, a
 * colour in the second.
 */
public final class Svg {
    /** How shapes are painted. */
    public enum Styling {
        /** A CSS class of the page's style sheet: {@code class="bar"}. */
        CLASSES,
        /** A colour as presentation attributes: {@code fill} for shapes and text, {@code stroke} for lines. */
        ATTRIBUTES
    }

    private final StringBuilder out = new StringBuilder(8192);
    private final Styling styling;

    private Svg(Styling styling) {
        this.styling = styling;
    }

    /**
     * A chart for a page: scales to its container, labelled by its title and described by {@code desc}; shapes
     * name CSS classes. {@code id} must be unique on the page.
     */
    public static Svg page(String id, int width, int height, String title, String desc) {
        Svg svg = new Svg(Styling.CLASSES);
        svg.out
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
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
        return svg;
    }

    /**
     * A chart for a document (the report in HTML and PDF): identified by {@code id}, with a text alternative, in
     * {@code fontFamily}; shapes name colours.
     */
    public static Svg document(String id, int width, int height, String title, String desc, String fontFamily) {
        Svg svg = new Svg(Styling.ATTRIBUTES);
        svg.out
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(escape(id))
                .append("\" class=\"chart\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id))
                .append("-t ")
                .append(escape(id))
                .append("-d\" alt=\"")
                .append(escape(title + ". " + desc))
                .append("\" font-family=\"")
                .append(escape(fontFamily))
                .append("\">");
        svg.out
                .append("<title id=\"")
                .append(escape(id))
                .append("-t\">")
                .append(escape(title))
                .append("</title>");
        svg.out
                .append("<desc id=\"")
                .append(escape(id))
                .append("-d\">")
                .append(escape(desc))
                .append("</desc>");
        return svg;
    }

    public static String escape(String text) {
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

    private Svg paint(String paint, String attribute) {
        if (styling == Styling.CLASSES) {
            out.append(" class=\"").append(escape(paint)).append('"');
        } else {
            out.append(' ')
                    .append(attribute)
                    .append("=\"")
                    .append(escape(paint))
                    .append('"');
            if (attribute.equals("stroke")) {
                out.append(" stroke-width=\"1\"");
            }
        }
        return this;
    }

    public Svg line(int x1, int y1, int x2, int y2, String paint) {
        out.append("<line x1=\"")
                .append(x1)
                .append("\" y1=\"")
                .append(y1)
                .append("\" x2=\"")
                .append(x2)
                .append("\" y2=\"")
                .append(y2)
                .append('"');
        paint(paint, "stroke");
        out.append("/>");
        return this;
    }

    public Svg rect(int x, int y, int width, int height, String paint) {
        out.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(Math.max(width, 0))
                .append("\" height=\"")
                .append(Math.max(height, 0))
                .append('"');
        paint(paint, "fill");
        out.append("/>");
        return this;
    }

    public Svg circle(int cx, int cy, int r, String paint) {
        out.append("<circle cx=\"")
                .append(cx)
                .append("\" cy=\"")
                .append(cy)
                .append("\" r=\"")
                .append(r)
                .append('"');
        paint(paint, "fill");
        out.append("/>");
        return this;
    }

    public Svg path(String d, String paint) {
        out.append("<path d=\"").append(d).append('"');
        paint(paint, "fill");
        out.append("/>");
        return this;
    }

    /** Text anchored {@code start}, {@code middle} or {@code end} at (x, y), in the size the style gives. */
    public Svg text(int x, int y, String anchor, String paint, String text) {
        return text(x, y, anchor, paint, text, 0, false);
    }

    /** Text with its own size in user units (0: the style's) and weight. */
    public Svg text(int x, int y, String anchor, String paint, String text, int size, boolean bold) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
        if (size > 0) {
            out.append(" font-size=\"").append(size).append('"');
        }
        out.append(" text-anchor=\"").append(anchor).append('"');
        paint(paint, "fill");
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    /** A marker of one of four shapes (circle, square, triangle, diamond) centred on (x, y), for series 0-3. */
    public Svg marker(int series, int x, int y, int size, String paint) {
        int s = size;
        switch (series % 4) {
            case 0 -> circle(x, y, s, paint);
            case 1 -> rect(x - s, y - s, 2 * s, 2 * s, paint);
            case 2 ->
                path(
                        "M" + x + " " + (y - s - 1) + "L" + (x + s + 1) + " " + (y + s) + "L" + (x - s - 1) + " "
                                + (y + s) + "Z",
                        paint);
            default ->
                path(
                        "M" + x + " " + (y - s - 1) + "L" + (x + s + 1) + " " + y + "L" + x + " " + (y + s + 1) + "L"
                                + (x - s - 1) + " " + y + "Z",
                        paint);
        }
        return this;
    }

    public String close() {
        return out.append("</svg>").toString();
    }
}
