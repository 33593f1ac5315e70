package org.iccindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iccindex.city.CitySlug;
import org.iccindex.result.ResultImporter;
import org.iccindex.support.OnH2WithDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The PDF of a city whose name is written in Hangul: extractable text (the Korean name included), every font
 * embedded, a tagged structure with one figure per chart, each with its text alternative, and its progress since
 * an earlier round. Rendered once.
 */
@OnH2WithDemo
@AutoConfigureMockMvc
class ReportPdfIntegrationTests {
    static final String CSV = """
            city,slug,country,edition,round,published_on,origin,population,foreign_born_pct,sample_size,aggregate,\
            commitment,education,neighbourhoods,public_services,business,culture_social,public_space,mediation,\
            language,media,international,intelligence,welcoming,leadership,anti_discrimination,participation,\
            interaction,source
            안산시,ansan-hangul,South Korea,icc-2019,2028,2028-03-01,published,640000,12.0,,60,\
            50,60,70,80,55,45,35,65,75,40,30,56,67,78,89,25,42,Test fixture for the PDF report
            안산시,ansan-hangul,South Korea,icc-2019,2031,2031-03-01,published,650000,12.5,,71,\
            60,70,80,90,65,55,45,75,85,50,40,66,77,88,99,35,52,Test fixture for the PDF report
            """;

    private static CityReport report;
    private static byte[] pdf;

    @Autowired
    Reports reports;

    @Autowired
    ResultImporter importer;

    @BeforeEach
    void renderOnce() {
        if (pdf == null) {
            importer.importResults("hangul.csv", CSV.getBytes(StandardCharsets.UTF_8), "test");
            report = reports.build(
                    new ReportRequest(new CitySlug("ansan-hangul"), 2031, Optional.empty(), Locale.ENGLISH));
            pdf = reports.pdf(report);
        }
    }

    @Test
    void theTextExtractsWithTheKoreanNameIntact() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("안산시: Intercultural City Index analysis 2031");
            assertThat(text).contains("안산시 scores 90 in public services");
            assertThat(text).contains("Contents").contains("Recommendations");
            assertThat(text).contains("Since its round of 2028, the aggregate index of 안산시 has moved from 60 to 71.");
            assertThat(document.getNumberOfPages()).isGreaterThan(15);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(report.title());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void everyFontIsEmbeddedAndTheHangulFontIsAmongThem() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith("embedded"));
        assertThat(fonts).anySatisfy(f -> assertThat(f).contains("NanumGothic"));
        assertThat(fonts).anySatisfy(f -> assertThat(f).contains("NotoSans-Regular"));
    }

    @Test
    void theDocumentIsTaggedWithOneFigurePerChartEachWithItsNumbers() throws IOException {
        List<String> alternatives = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot(), alternatives);
        }
        // 17 areas, the lens, the aggregate, the profile of all areas, and the progress since the 2028 round
        // ... and the rank over the method variants (the city is in the sample and has every area score)
        assertThat(report.charts()).hasSize(22);
        assertThat(alternatives).hasSize(report.charts().size());
        assertThat(alternatives)
                .anySatisfy(a -> assertThat(a)
                        .startsWith("Public services: 안산시 against the sample")
                        .contains("안산시 90"));
    }

    private static void collectFonts(PDResources resources, List<String> fonts, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED"));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    private static void collectFigures(PDStructureNode node, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alternatives.add(String.valueOf(element.getAlternateDescription()));
                }
                collectFigures(element, alternatives);
            }
        }
    }
}
