package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Evidence files: the content must be what the name says, and nothing in it or its name may pose as a page. */
class EvidenceFilesTests {
    private static final long MAX = 10L * 1024 * 1024;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes("<Types/>"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void refused(String name, byte[] content, String why) {
        assertThatThrownBy(() -> EvidenceFiles.check(name, content, MAX))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        r -> assertThat(r.details()).singleElement().asString().contains(why));
    }

    @Test
    void aTextFileStartingWithAByteOrderMarkAndAScriptIsRefused() {
        refused("notes.txt", bytes("\uFEFF<script>alert(1)</script>"), "not what its extension says");
        refused("notes.txt", bytes("Minutes of the meeting\n<script>alert(1)</script>"), "not what its extension says");
        assertThat(EvidenceFiles.check("notes.txt", bytes("\uFEFFMinutes of the meeting, 3 < 4"), MAX))
                .isEqualTo("text/plain");
    }

    @Test
    void aPdfThatIsAlsoAWebPageIsRefused() {
        refused("report.pdf", bytes("%PDF-1.7\n<html><body><SCRIPT>alert(1)</SCRIPT></body></html>"), "web page");
        assertThat(EvidenceFiles.check("report.pdf", bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj"), MAX))
                .isEqualTo("application/pdf");
    }

    @Test
    void aZipHeaderFollowedByHtmlNamedXlsxIsRefusedAndARealPackagePasses() throws IOException {
        refused("data.xlsx", bytes("PK\u0003\u0004<html><script>alert(1)</script></html>"), "not an office document");
        assertThat(EvidenceFiles.check("data.xlsx", zip("[Content_Types].xml"), MAX))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        refused("data.odt", zip("[Content_Types].xml"), "not an office document");
    }

    @Test
    void bidirectionalAndControlCharactersLeaveFileNames() {
        assertThat(EvidenceFiles.safeName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(EvidenceFiles.safeName("a\u2066b\u200Fc\u0007d.pdf")).isEqualTo("abcd.pdf");
        assertThat(EvidenceFiles.safeName("C:\\\\Users\\\\x\\\\plan.pdf")).isEqualTo("plan.pdf");
    }
}
