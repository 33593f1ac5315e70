package org.iccindex;

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
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(IccIndexApplication.class, args));
        }
        SpringApplication.run(IccIndexApplication.class, args);
    }
}
