package org.iccindex.demo;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code icc.demo.enabled}: {@code auto} (default) loads the demo data into an empty embedded H2 database only;
 * {@code true} / {@code false} force it on or off whatever the database.
 */
@ConfigurationProperties("icc.demo")
record DemoProperties(String enabled) {
    DemoProperties {
        enabled = enabled == null ? "auto" : enabled.trim().toLowerCase(Locale.ROOT);
        if (!enabled.equals("auto") && !enabled.equals("true") && !enabled.equals("false")) {
            throw new IllegalArgumentException("icc.demo.enabled is auto, true or false, not '" + enabled + "'");
        }
    }

    boolean appliesTo(String jdbcUrl) {
        return enabled.equals("true") || (enabled.equals("auto") && jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:"));
    }
}
