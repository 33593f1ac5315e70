package org.iccindex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.iccindex.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two uses: {@code java -jar icc-index.jar <command>} runs the command line; with no command (or only
 * options such as {@code --server.port=9090}) it serves the web application.
 */
@SpringBootApplication
public class IccIndexApplication {
    public static void main(String[] args) {
        // H2's server mode (AUTO_SERVER, which lets the command line use the database while the application runs)
        // listens on the loopback address only, unless the operator says otherwise
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        if (System.getenv("ICC_DB_URL") == null) {
            ownerOnly(Path.of("data"));
        }
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(IccIndexApplication.class, args));
        }
        SpringApplication.run(IccIndexApplication.class, args);
    }

    /**
     * The embedded database's folder, readable by its owner only: H2's lock file there holds the key of its server
     * mode.
     */
    private static void ownerOnly(Path folder) {
        try {
            Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
            if (!Files.exists(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(owner));
            } else if (Files.isDirectory(folder)) {
                Files.setPosixFilePermissions(folder, owner);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the database opens as before
        }
    }
}
