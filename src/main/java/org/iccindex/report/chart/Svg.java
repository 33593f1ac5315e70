package org.iccindex.report.chart;

/** A small writer of well-formed SVG (also valid XML, as the PDF renderer parses it) with escaped text. */
final class Svg {
    private final StringBuilder out = new StringBuilder(4096);

    void open(String id, int width, int height, String title, String description, String fontFamily) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
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
                .append(escape(title + ". " + description))
                .append("\" font-family=\"")
                .append(escape(fontFamily))
                .append("\">");
        out.append("<title id=\"")
                .append(escape(id))
                .append("-t\">")
                .append(escape(title))
                .append("</title>");
        out.append("<desc id=\"")
                .append(escape(id))
                .append("-d\">")
                .append(escape(description))
                .append("</desc>");
    }

    void rect(int x, int y, int width, int height, String fill) {
        out.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    void line(int x1, int y1, int x2, int y2, String stroke) {
        out.append("<line x1=\"")
                .append(x1)
                .append("\" y1=\"")
                .append(y1)
                .append("\" x2=\"")
                .append(x2)
                .append("\" y2=\"")
                .append(y2)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"1\"/>");
    }

    void text(int x, int y, String text, int size, String anchor, String fill, boolean bold) {
        out.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"")
                .append(size)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" fill=\"")
                .append(fill)
                .append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(escape(text)).append("</text>");
    }

    String close() {
        out.append("</svg>");
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
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
}
