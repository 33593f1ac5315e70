/**
 * The command line of the same jar: {@code java -jar target/icc-index.jar <command>} validates and exports
 * definitions, scores answers files, imports results and prints benchmarks. With no command, the jar serves.
 */
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "benchmark",
            "city",
            "definition",
            "edition",
            "messages",
            "planning",
            "report",
            "result",
            "scoring",
            "shared",
            "wording"
        })
package org.iccindex.cli;

import org.springframework.modulith.ApplicationModule;
