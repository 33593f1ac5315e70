package org.iccindex.site.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cached bodies kept as files in a directory of their own, for sendfile. A file no longer cached is deleted a
 * minute later, so that a request that was handed it just before is still sent it whole; all are deleted at the
 * end. Names are hashes of address and content version, so a file never changes once written.
 */
final class BodyFiles {
    /** Bodies from this size are sent from a file: measured with bench/load.sh, a 19 KB page gains from it too. */
    static final int THRESHOLD = 16 * 1024;

    private static final long GRACE_NANOS = 60_000_000_000L;

    private final List<Retired> retired = new ArrayList<>();
    private volatile Path directory;

    private record Retired(Path file, long at) {}

    /** The body's file; null when it cannot be written (the bytes are then written from memory). */
    Path write(String name, byte[] body) {
        try {
            Path file = directory().resolve(name + ".body");
            if (!Files.exists(file)) {
                Path partial = Files.createTempFile(directory(), name, ".part");
                Files.write(partial, body);
                Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            purge();
            return file;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    synchronized void retire(Path file) {
        retired.add(new Retired(file, System.nanoTime()));
    }

    private synchronized void purge() {
        long now = System.nanoTime();
        retired.removeIf(r -> {
            if (now - r.at() < GRACE_NANOS) {
                return false;
            }
            try {
                Files.deleteIfExists(r.file());
            } catch (IOException e) {
                // left for deleteAll at shutdown
            }
            return true;
        });
    }

    private Path directory() throws IOException {
        Path current = directory;
        if (current == null) {
            synchronized (this) {
                if (directory == null) {
                    directory = Files.createTempDirectory("icc-public-cache");
                }
                current = directory;
            }
        }
        return current;
    }

    void deleteAll() {
        Path current = directory;
        if (current == null) {
            return;
        }
        try (Stream<Path> all = Files.list(current)) {
            for (Path file : all.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(current);
        } catch (IOException e) {
            // the temporary directory is left behind; nothing else depends on it
        }
    }
}
