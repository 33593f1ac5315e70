package org.iccindex.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * The fonts every PDF embeds, read once from the classpath: Noto Sans (Latin, Greek, Cyrillic), Nanum Gothic
 * (Korean, and the Hanja it covers) and Noto Sans Arabic, all under the SIL Open Font License (see
 * {@code fonts/README.md}). Each is registered for the text and for the charts' SVG.
 */
final class ReportFonts {
    record Face(String file, String family, int weight, FontStyle style, byte[] bytes) {}

    private static final List<Face> FACES = List.of(
            face("NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL),
            face("NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL),
            face("NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC),
            face("NanumGothic.ttf", "NanumGothic", 400, FontStyle.NORMAL),
            face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, FontStyle.NORMAL),
            face("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700, FontStyle.NORMAL));

    private ReportFonts() {}

    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(
                    () -> new ByteArrayInputStream(face.bytes()),
                    face.family(),
                    face.weight(),
                    face.style(),
                    true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
        }
    }

    static List<Face> faces() {
        return FACES;
    }

    private static Face face(String file, String family, int weight, FontStyle style) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font fonts/" + file + " is missing from the classpath");
            }
            return new Face(file, family, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
