package org.iccindex.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.iccindex.report.CityReport;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a report with the one template, {@code report/document.html}, for the browser, a file or the PDF. */
@Component
public class HtmlRenderer {
    static final String TEMPLATE = "report/document";

    private final ITemplateEngine templates;
    private final String baseCss = css("report.css");
    private final String screenCss = baseCss + "\n" + css("report-screen.css");
    private final String printCss = css("report-print.css");

    HtmlRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * A page of the site: links the stylesheet; {@code editBase} non-empty adds the analysts' edit links and
     * {@code toolbar} (may be null) the editor's toolbar above the report.
     */
    public String page(CityReport report, String editBase, String editQuery, Object toolbar) {
        return render(report, new RenderMode(false, "", editBase, editQuery), toolbar);
    }

    /** A document that stands alone: the stylesheet inlined. */
    public String standalone(CityReport report) {
        return render(report, new RenderMode(false, screenCss, "", ""), null);
    }

    /** The XHTML the PDF is made from: screen and print stylesheets inlined, page numbers in the contents. */
    public String forPdf(CityReport report) {
        return render(report, new RenderMode(true, baseCss + "\n" + printCss, "", ""), null);
    }

    private String render(CityReport report, RenderMode mode, Object toolbar) {
        Context context = new Context(Locale.forLanguageTag(report.language()));
        context.setVariable("report", report);
        context.setVariable("mode", mode);
        context.setVariable("toolbar", toolbar);
        // French spacing comes with the template engine (web.FrenchSpacingDialect), as on every French page
        return templates.process(TEMPLATE, context);
    }

    private static String css(String file) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/static/css/" + file)) {
            if (in == null) {
                throw new IllegalStateException("static/css/" + file + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
