package org.iccindex.report.draft;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A short digest of the inputs under a paragraph (or a whole report): equal inputs, equal fingerprint. */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(List<?> inputs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object input : inputs) {
                digest.update(String.valueOf(input).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
