package org.iccindex.report.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns the report's XHTML into a tagged PDF (PDF/UA structure: headings, paragraphs, tables, figures with their
 * text alternative; title and language from the document) with every font embedded.
 */
@Component
public class PdfRenderer {
    static {
        // the library logs every font load and layout step at INFO; keep its warnings only
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    /** The PDF of an XHTML document; {@code baseUri} resolves relative links (none are needed by reports). */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            builder(xhtml).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report to PDF", e);
        }
        return out.toByteArray();
    }

    /** The renderer set up as for every report: fast mode, PDF/UA tagging, the SVG drawer and the fonts. */
    public static PdfRendererBuilder builder(String xhtml) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer("icc-index");
        ReportFonts.register(builder);
        builder.withHtmlContent(xhtml, "classpath:/");
        return builder;
    }
}
