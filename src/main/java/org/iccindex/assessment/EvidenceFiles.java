package org.iccindex.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which uploaded files are accepted as evidence: documents, spreadsheets, presentations, images and plain text,
 * recognised by their extension AND their first bytes (a web page renamed .pdf is refused). The content type is
 * ours, never the browser's; files are always served as downloads.
 */
public final class EvidenceFiles {
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {
        (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
    };
    private static final byte[] TEXT = new byte[0];

    private record Type(String contentType, byte[] magic) {}

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("pdf", new Type("application/pdf", PDF)),
            Map.entry("png", new Type("image/png", PNG)),
            Map.entry("jpg", new Type("image/jpeg", JPEG)),
            Map.entry("jpeg", new Type("image/jpeg", JPEG)),
            Map.entry("gif", new Type("image/gif", GIF)),
            Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry(
                    "pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("odt", new Type("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Type("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("odp", new Type("application/vnd.oasis.opendocument.presentation", ZIP)),
            Map.entry("doc", new Type("application/msword", OLE)),
            Map.entry("xls", new Type("application/vnd.ms-excel", OLE)),
            Map.entry("ppt", new Type("application/vnd.ms-powerpoint", OLE)),
            Map.entry("txt", new Type("text/plain", TEXT)),
            Map.entry("csv", new Type("text/csv", TEXT)));

    /** The extensions accepted, for the page that offers the upload. */
    public static final List<String> EXTENSIONS =
            TYPES.keySet().stream().sorted().toList();

    private EvidenceFiles() {}

    /**
     * The content type to store for an accepted file.
     *
     * @throws Refusal FILE_REJECTED naming the problem: empty, too large, type not accepted, content not matching
     */
    public static String check(String fileName, byte[] content, long maxBytes) {
        String name = fileName == null ? "" : fileName;
        if (content.length == 0) {
            throw rejected(name, "the file is empty");
        }
        if (content.length > maxBytes) {
            throw rejected(name, "the file is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB");
        }
        Type type = extension(name).map(TYPES::get).orElse(null);
        if (type == null) {
            throw rejected(name, "this type of file is not accepted; accepted: " + String.join(", ", EXTENSIONS));
        }
        boolean matches = type.magic() == TEXT ? isText(content) : startsWith(content, type.magic());
        if (!matches) {
            throw rejected(name, "the content is not what its extension says");
        }
        if (type.magic() == ZIP && !packageOf(content, type)) {
            throw rejected(name, "the content is not what its extension says (not an office document package)");
        }
        if (type.magic() != TEXT && type.magic() != ZIP && hasMarkup(content)) {
            // a PDF or an image that is also a web page (a polyglot): a browser told to sniff would run it
            throw rejected(name, "the file also contains a web page or a script");
        }
        return type.contentType();
    }

    /**
     * A file name safe to store and to send back: no path, no control characters, no bidirectional overrides or
     * other invisible format characters (which can make {@code evil\u202Efdp.exe} read as {@code evilexe.pdf}), at
     * most 200 characters.
     */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "") // control and invisible format characters (U+202E...)
                .strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "file" : name;
    }

    private static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Plain text: no NUL byte and nothing that looks like markup at the start (after a byte-order mark). */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return !head.startsWith("<") && !hasMarkup(content);
    }

    private static final List<byte[]> MARKUP = List.of(
            "<script".getBytes(StandardCharsets.US_ASCII),
            "<html".getBytes(StandardCharsets.US_ASCII),
            "<!doctype html".getBytes(StandardCharsets.US_ASCII),
            "<svg".getBytes(StandardCharsets.US_ASCII),
            "<iframe".getBytes(StandardCharsets.US_ASCII));

    /** Whether the bytes hold an HTML tag that runs or frames content, in any case, anywhere. */
    static boolean hasMarkup(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] != '<') {
                continue;
            }
            for (byte[] tag : MARKUP) {
                if (matchesIgnoringCase(content, i, tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesIgnoringCase(byte[] content, int at, byte[] tag) {
        if (at + tag.length > content.length) {
            return false;
        }
        for (int j = 0; j < tag.length; j++) {
            int c = content[at + j];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != tag[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a ZIP file is the office package its extension names: an Office Open XML file holds an entry
     * {@code [Content_Types].xml}, an OpenDocument file an entry {@code mimetype}. Entry names are stored
     * uncompressed, so they are looked for in the bytes: nothing is inflated (a small file could inflate to gigabytes).
     */
    private static boolean packageOf(byte[] content, Type type) {
        String wanted = type.contentType().contains("opendocument") ? "mimetype" : "[Content_Types].xml";
        byte[] name = wanted.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + name.length <= content.length; i++) {
            if (content[i] == name[0] && Arrays.equals(content, i, i + name.length, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }

    private static Refusal rejected(String name, String why) {
        return new Refusal(Refusal.Reason.FILE_REJECTED, "file refused", List.of(name + ": " + why));
    }
}
