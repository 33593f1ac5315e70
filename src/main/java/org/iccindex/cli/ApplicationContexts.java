package org.iccindex.cli;

import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without its web server, for the commands that use the configured database. */
final class ApplicationContexts {
    /** The Spring Boot application class, given by the launcher (the CLI must not depend on it: it calls the CLI). */
    private static volatile Class<?> application;
    /** Settings given as arguments ({@code --name=value}): they win over application.properties. */
    private static volatile List<String> settings = List.of();

    private ApplicationContexts() {}

    static void use(Class<?> applicationClass, List<String> applicationSettings) {
        application = applicationClass;
        settings = List.copyOf(applicationSettings);
    }

    static ConfigurableApplicationContext start() {
        if (application == null) {
            throw new IllegalStateException("no application class given to the command line");
        }
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        // standard output is for the command's own output (JSON, CSV): logs go to standard error
                        "icc.logging.console-target=System.err",
                        "logging.level.root=WARN",
                        "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.flywaydb=ERROR")
                .run(settings.toArray(String[]::new));
    }
}
