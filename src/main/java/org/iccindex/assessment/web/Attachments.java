package org.iccindex.assessment.web;

import java.nio.charset.StandardCharsets;
import org.iccindex.assessment.EvidenceRecords;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file a city uploaded (evidence of an answer, or of a review request), sent back only as a download: never shown
 * inline, never sniffed, sandboxed should a browser open it anyway.
 */
final class Attachments {
    private Attachments() {}

    static ResponseEntity<byte[]> download(EvidenceRecords.File file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(file.content());
    }
}
